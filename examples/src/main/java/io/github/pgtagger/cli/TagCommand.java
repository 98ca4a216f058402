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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
        AtomicOutput out = AtomicOutput.open(output);
        JsonlResultWriter writer = new JsonlResultWriter(new BufferedOutputStream(out.stream(), 1 << 16))) {
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
      writer.flush();
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

  /** Writes to a temporary file beside the target and moves it into place on commit; or to stdout. */
  static final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, OutputStream stream) {
      this.target = target;
      this.temp = temp;
      this.stream = stream;
    }

    static AtomicOutput open(String output) throws IOException {
      if (output.equals("-")) {
        return new AtomicOutput(null, null, new java.io.FilterOutputStream(System.out) {
          @Override
          public void close() throws IOException {
            flush();
          }
        });
      }
      Path target = Path.of(output).toAbsolutePath();
      Path dir = target.getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new UsageException("--output " + output + ": directory " + dir + " does not exist");
      }
      Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
      return new AtomicOutput(target, temp, Files.newOutputStream(temp));
    }

    OutputStream stream() {
      return stream;
    }

    void commit() throws IOException {
      stream.flush();
      committed = true;
    }

    @Override
    public void close() throws IOException {
      stream.close();
      if (temp == null) {
        return;
      }
      if (committed) {
        try {
          Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
          Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      } else {
        Files.deleteIfExists(temp);
      }
    }
  }
}
