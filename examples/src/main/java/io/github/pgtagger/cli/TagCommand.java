package io.github.pgtagger.cli;

import io.github.pgtagger.corpus.BadRecord;
import io.github.pgtagger.corpus.CorpusReader;
import io.github.pgtagger.corpus.CorpusReaders;
import io.github.pgtagger.corpus.CorpusRecord;
import io.github.pgtagger.corpus.ReaderOptions;
import io.github.pgtagger.corpus.Reflection;
import io.github.pgtagger.export.JsonlResultWriter;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.Tagger;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pgtagger tag}: tags every line of the input and writes one output line per input line, in order. */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = {
      "Tag reflections. Writes exactly one output line per input line, in input order.",
      "",
      "Input (--input): .jsonl with one object per line: \"text\" (required), \"id\" (optional, default the",
      "line number), \"lang\" (optional, nl|en); or .txt with one reflection per line; or - for stdin (JSONL,",
      "or text with --input-format txt).",
      "Output (--output): .jsonl, or - for stdout. Each line is",
      "  {\"id\", \"language\", \"dimensions\": [{\"code\", \"score\", \"aspects\", \"polarity\", \"evidence\": [{\"start\",",
      "   \"end\", \"text\", \"entry\", \"term\", \"negated\"}]}], \"interpretations\": [{\"code\", \"score\", ...}]}",
      "or, for a line that cannot be processed, {\"id\": <id or null>, \"line\": N, \"error\": \"...\"}.",
      "Evidence offsets are [start, end) in UTF-16 chars of the text, as Java and JavaScript count them.",
      "A file output is written to a temporary file and moved into place when complete."
    })
final class TagCommand implements Callable<Integer> {
  @Option(names = {"-i", "--input"}, required = true, paramLabel = "IN", description = "Input file, or - for stdin.")
  String input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output .jsonl, or - for stdout.")
  String output;

  @Option(names = "--input-format", paramLabel = "jsonl|txt",
      description = "Input format; by default from the file extension (stdin: jsonl).")
  String inputFormat;

  @Mixin
  TaggerOptions taggerOptions;

  @Override
  public Integer call() throws IOException {
    Language forced = taggerOptions.language();
    CorpusReaders.Format format = format();
    Tagger tagger = taggerOptions.build();
    ReaderOptions ro = ReaderOptions.DEFAULTS.withMaxTextLength(taggerOptions.maxTextLength);
    int failed = 0;
    try (InputStream in = openInput();
        CorpusReader reader = CorpusReaders.open(in, format, ro);
        AtomicOutput out = AtomicOutput.open(output)) {
      // closing the writer writes its last bytes; only then is the output complete and committed. On any failure
      // before, closing `out` deletes the temporary file and the target stays as it was.
      JsonlResultWriter writer = new JsonlResultWriter(new BufferedOutputStream(out.stream(), 1 << 16));
      Progress progress = Progress.start("tag");
      while (reader.hasNext()) {
        CorpusRecord rec = reader.next();
        if (rec instanceof Reflection r) {
          try {
            TaggingResult result = tagger.tag(r.text(), forced != null ? forced : r.language());
            writer.write(r.id(), result);
          } catch (RuntimeException e) {
            failed++;
            writer.writeError(r.id(), r.line(), e.getMessage() == null ? e.toString() : e.getMessage());
          }
        } else {
          BadRecord b = (BadRecord) rec;
          failed++;
          writer.writeError(b.id(), b.line(), b.error());
        }
        progress.step();
      }
      progress.done();
      writer.close();
      out.commit();
    }
    if (failed > 0) {
      System.err.println("pgtagger: " + failed + " row(s) failed; see the \"error\" lines in the output");
      return 1;
    }
    return 0;
  }

  private CorpusReaders.Format format() {
    if (inputFormat != null) {
      try {
        return CorpusReaders.Format.valueOf(inputFormat.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--input-format: expected jsonl or txt but got '" + inputFormat + "'");
      }
    }
    if (input.equals("-")) {
      return CorpusReaders.Format.JSONL;
    }
    try {
      return CorpusReaders.Format.of(input);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--input: " + e.getMessage() + " (or give --input-format)");
    }
  }

  private InputStream openInput() throws IOException {
    if (input.equals("-")) {
      return System.in;
    }
    try {
      return Files.newInputStream(Path.of(input));
    } catch (NoSuchFileException e) {
      throw new UsageException("--input " + input + ": no such file");
    }
  }

  /**
   * Writes to a temporary file beside the target ({@code .NAME.RANDOM.part}, owner-only permissions) and moves it
   * into place when committed; or to stdout. Closing without a commit deletes the temporary file, so the target is
   * either unchanged or complete.
   */
  static final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, FileChannel channel, OutputStream stream) {
      this.target = target;
      this.temp = temp;
      this.channel = channel;
      this.stream = stream;
    }

    static AtomicOutput open(String output) throws IOException {
      if (output.equals("-")) {
        return new AtomicOutput(null, null, null, new UnclosableOutputStream(System.out));
      }
      Path target = Path.of(output).toAbsolutePath();
      Path dir = target.getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new UsageException("--output " + output + ": directory " + dir + " does not exist");
      }
      if (Files.isDirectory(target)) {
        throw new UsageException("--output " + output + ": is a directory");
      }
      Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
      try {
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        return new AtomicOutput(target, temp, channel, new UnclosableOutputStream(Channels.newOutputStream(channel)));
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
    }

    /** The stream to write to; closing it only flushes. */
    OutputStream stream() {
      return stream;
    }

    /** The temporary file, or null for stdout. */
    Path temp() {
      return temp;
    }

    /** Marks the output complete and forces it to disk; call after the last byte was written. */
    void commit() throws IOException {
      stream.flush();
      if (channel != null) {
        channel.force(true);
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (temp == null) {
        stream.flush();
        return;
      }
      try {
        channel.close();
      } catch (IOException e) {
        committed = false;
        Files.deleteIfExists(temp);
        throw e;
      }
      if (!committed) {
        Files.deleteIfExists(temp);
        return;
      }
      try {
        try {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        Files.deleteIfExists(temp);
        throw new IOException("--output " + target + ": cannot move the finished output into place ("
            + e + "); the target is unchanged", e);
      }
    }
  }

  /** Passes writes through in blocks; {@link #close()} only flushes, so the owner decides when to close. */
  static final class UnclosableOutputStream extends FilterOutputStream {
    UnclosableOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
