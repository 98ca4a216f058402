package io.github.pgtagger.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Reads a folder of {@code .txt} files, one document each, in the order of their file names ({@link
 * String#compareTo}, so {@code doc-10.txt} sorts before {@code doc-2.txt}; pad numbers with zeros). The id is the
 * file name (with its extension), {@link CorpusRecord#line()} the file's 1-based position in that order. Files are
 * UTF-8 (a leading byte order mark is dropped; line breaks are kept as they are, so offsets index the file's
 * text). Only regular files directly in the folder whose name ends in {@code .txt} (any case) and does not start
 * with {@code .} are read.
 *
 * <p>A file that is not valid UTF-8, cannot be read, or is longer than {@link ReaderOptions#maxTextLength()}
 * chars yields a {@link BadRecord} naming the file. Memory holds the list of file names and one document at a
 * time. Not thread-safe.
 */
public final class TextFolderCorpusReader implements CorpusReader {
  private final Path folder;
  private final ReaderOptions options;
  private final List<Path> files;
  private int index;

  /**
   * Lists the folder.
   *
   * @throws IllegalArgumentException when {@code folder} is not a directory
   * @throws UncheckedIOException when it cannot be listed
   */
  public TextFolderCorpusReader(Path folder, ReaderOptions options) {
    this.folder = folder;
    this.options = options;
    try (Stream<Path> s = Files.list(folder)) {
      this.files = s.filter(p -> {
        String n = p.getFileName().toString();
        return !n.startsWith(".") && n.toLowerCase(Locale.ROOT).endsWith(".txt") && Files.isRegularFile(p);
      }).sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
    } catch (NotDirectoryException e) {
      throw new IllegalArgumentException(folder + " is not a folder");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list folder " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The number of documents (files) in the folder. */
  public int size() {
    return files.size();
  }

  @Override
  public boolean hasNext() {
    return index < files.size();
  }

  @Override
  public CorpusRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Path file = files.get(index++);
    long number = index;
    String name = file.getFileName().toString();
    long maxBytes = (long) options.maxTextLength() * 4 + 3;
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return new BadRecord(number, name, tooLong(name, size + " bytes"));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new BadRecord(number, name, "file " + folder.resolve(name) + " cannot be read: " + e.getMessage());
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      ByteBuffer bb = ByteBuffer.wrap(bytes, start, bytes.length - start);
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(bb, CharBuffer.allocate(bytes.length + 1), true);
      return new BadRecord(number, name, "file " + name + ": invalid UTF-8 at byte " + (bb.position() + 1)
          + "; save the file as UTF-8");
    }
    if (text.length() > options.maxTextLength()) {
      return new BadRecord(number, name, tooLong(name, text.length() + " chars"));
    }
    return new Reflection(number, name, text, null, Map.of());
  }

  private String tooLong(String name, String size) {
    return "file " + name + " has " + size + ", more than the limit of " + options.maxTextLength()
        + " chars; raise it with --max-text-length (API: ReaderOptions.withMaxTextLength)";
  }

  @Override
  public void close() {}
}
