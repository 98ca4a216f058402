package io.github.pgtagger.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens the right {@link CorpusReader} for a file by its extension, for a folder of {@code .txt} documents, or for
 * a stream in a given format.
 */
public final class CorpusReaders {
  private CorpusReaders() {}

  /** The input formats. */
  public enum Format {
    /** JSON Lines, one object per line ({@link JsonlCorpusReader}). */
    JSONL,
    /** Plain text, one reflection per line ({@link TextLinesCorpusReader}). */
    TXT,
    /** CSV with a header row ({@link CsvCorpusReader}). */
    CSV,
    /** A folder of {@code .txt} files, one document each ({@link TextFolderCorpusReader}). */
    FOLDER;

    /**
     * The format of a file name by its extension: {@code .jsonl}/{@code .ndjson}/{@code .json}, {@code .txt}/
     * {@code .text} or {@code .csv}.
     *
     * @throws IllegalArgumentException naming the file and the known extensions
     */
    public static Format of(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
        return JSONL;
      }
      if (n.endsWith(".txt") || n.endsWith(".text")) {
        return TXT;
      }
      if (n.endsWith(".csv")) {
        return CSV;
      }
      throw new IllegalArgumentException("cannot tell the format of '" + name
          + "' from its extension; expected .jsonl, .txt or .csv, or a folder of .txt files");
    }

    /** The format of a path: {@link #FOLDER} for a directory, else by the file name's extension. */
    public static Format of(Path path) {
      return Files.isDirectory(path) ? FOLDER : of(path.getFileName().toString());
    }
  }

  /**
   * Opens a reader over a stream in the given format.
   *
   * @throws IllegalArgumentException for {@link Format#FOLDER}, which has no stream, or a CSV header without the
   *     text column
   */
  public static CorpusReader open(InputStream in, Format format, ReaderOptions options) {
    return switch (format) {
      case JSONL -> new JsonlCorpusReader(in, options);
      case TXT -> new TextLinesCorpusReader(in, options);
      case CSV -> new CsvCorpusReader(in, options);
      case FOLDER -> throw new IllegalArgumentException("a folder of documents cannot be read from a stream;"
          + " use open(Path, ReaderOptions)");
    };
  }

  /** Opens a reader over a file, choosing the format by its extension, or over a folder of {@code .txt} files. */
  public static CorpusReader open(Path path, ReaderOptions options) throws IOException {
    Format f = Format.of(path);
    if (f == Format.FOLDER) {
      return new TextFolderCorpusReader(path, options);
    }
    InputStream in = Files.newInputStream(path);
    try {
      return open(in, f, options);
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }
}
