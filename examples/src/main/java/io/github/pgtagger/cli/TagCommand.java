package io.github.pgtagger.cli;

import io.github.pgtagger.corpus.BadRecord;
import io.github.pgtagger.corpus.CorpusReader;
import io.github.pgtagger.corpus.CorpusReaders;
import io.github.pgtagger.corpus.CorpusRecord;
import io.github.pgtagger.corpus.Reflection;
import io.github.pgtagger.export.CsvResultWriter;
import io.github.pgtagger.export.JsonlResultWriter;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.tagging.Tagger;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pgtagger tag}: tags every record of the input and writes one output row per input record, in order. */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = {
      "Tag reflections. Writes one output row per input record, in order.",
      "",
      "Input (--input):",
      "  .jsonl  one object per line: \"text\" (required), \"id\" (default: the",
      "          line number), \"lang\" (nl|en); other fields are metadata",
      "  .csv    header row; text in column \"text\" (--text-column), id in",
      "          \"id\" (--id-column; default: the row number), optional",
      "          \"lang\"; other columns are metadata",
      "  .txt    one reflection per line",
      "  folder  one document per .txt file, id = file name",
      "  -       stdin (JSONL, or --input-format csv|txt)",
      "Output (--output):",
      "  .jsonl  {\"id\", \"metadata\", \"language\", \"dimensions\": [{\"code\",",
      "          \"score\", \"aspects\", \"polarity\", \"evidence\": [{\"start\",",
      "          \"end\", \"text\", \"entry\", \"term\", \"negated\"}]}],",
      "          \"interpretations\": [...]}; with --segment also \"segmentation\"",
      "          and \"segments\": [{\"start\", \"end\", \"dimensions\", ...}];",
      "          a record that fails: {\"id\", \"line\", \"error\"}",
      "  .csv    metadata columns, id, language, dimensions, interpretations",
      "          (codes joined by ;), one score column per label, error;",
      "          cells a spreadsheet could run as a formula get a ' in front",
      "  -       stdout (JSONL, or --output-format csv)",
      "Evidence offsets are [start, end) in UTF-16 chars of the text.",
      "A file is written to a temporary file and moved into place when",
      "complete. See docs/data-formats.md."
    })
final class TagCommand implements Callable<Integer> {
  @Mixin
  InputOptions inputOptions;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = "Output .jsonl or .csv, or - for stdout (JSONL unless --output-format csv).")
  String output;

  @Option(names = "--output-format", paramLabel = "jsonl|csv",
      description = "Output format; by default from the extension of OUT (stdout: jsonl).")
  String outputFormat;

  @Mixin
  TaggerOptions taggerOptions;

  @Override
  public Integer call() throws IOException {
    Language forced = taggerOptions.language();
    boolean csvOut = csvOutput();
    Tagger tagger = taggerOptions.build();
    InputOptions.Opened in = inputOptions.open(taggerOptions.maxTextLength);
    RecordTagger recordTagger = new RecordTagger(tagger, in.segmentation(), forced);
    int failed = 0;
    try (CorpusReader reader = in.reader();
        AtomicOutput out = AtomicOutput.open(output)) {
      Deque<CorpusRecord> lookahead = new ArrayDeque<>();
      List<String> metadataColumns = in.metadataColumns();
      if (csvOut && metadataColumns == null) {
        metadataColumns = firstMetadataKeys(reader, lookahead);
      }
      try (Sink sink = csvOut ? new CsvSink(out.stream(), metadataColumns, tagger, in.format())
          : new JsonlSink(out.stream())) {
        Progress progress = Progress.start("tag");
        while (!lookahead.isEmpty() || reader.hasNext()) {
          CorpusRecord rec = lookahead.isEmpty() ? reader.next() : lookahead.poll();
          if (rec instanceof Reflection r) {
            RecordTagger.Outcome o = recordTagger.tag(r);
            if (o.error() != null) {
              failed++;
              sink.error(r, r.metadata(), o.error());
            } else {
              sink.ok(r, o);
            }
          } else {
            failed++;
            sink.error(rec, Map.of(), ((BadRecord) rec).error());
          }
          progress.step();
        }
        progress.done();
        sink.flush();
        out.commit();
      }
    }
    if (failed > 0) {
      System.err.println("pgtagger: " + failed + " row(s) failed; see the \"error\" " + (csvOut ? "column" : "lines")
          + " in the output");
      return 1;
    }
    return 0;
  }

  private boolean csvOutput() {
    if (outputFormat != null) {
      String f = outputFormat.trim().toLowerCase(Locale.ROOT);
      if (!f.equals("csv") && !f.equals("jsonl")) {
        throw new UsageException("--output-format: expected jsonl or csv but got '" + outputFormat + "'");
      }
      return f.equals("csv");
    }
    String o = output.toLowerCase(Locale.ROOT);
    if (o.equals("-") || o.endsWith(".jsonl") || o.endsWith(".ndjson") || o.endsWith(".json")) {
      return false;
    }
    if (o.endsWith(".csv")) {
      return true;
    }
    throw new UsageException("--output " + output + ": expected a .jsonl or .csv file name, or -"
        + " (or give --output-format)");
  }

  /** The metadata keys of the first readable record, reading ahead at most 1000 records into {@code buffer}. */
  private static List<String> firstMetadataKeys(CorpusReader reader, Deque<CorpusRecord> buffer) {
    while (buffer.size() < 1000 && reader.hasNext()) {
      CorpusRecord r = reader.next();
      buffer.add(r);
      if (r instanceof Reflection ref) {
        return new ArrayList<>(ref.metadata().keySet());
      }
    }
    return List.of();
  }

  /** Where results go. */
  private interface Sink extends Closeable {
    void ok(Reflection r, RecordTagger.Outcome o) throws IOException;

    void error(CorpusRecord rec, Map<String, String> metadata, String error) throws IOException;

    void flush() throws IOException;
  }

  private static final class JsonlSink implements Sink {
    private final JsonlResultWriter writer;

    JsonlSink(OutputStream out) throws IOException {
      this.writer = new JsonlResultWriter(new BufferedOutputStream(out, 1 << 16));
    }

    @Override
    public void ok(Reflection r, RecordTagger.Outcome o) throws IOException {
      if (o.document() != null) {
        writer.write(r.id(), r.metadata(), o.document());
      } else {
        writer.write(r.id(), r.metadata(), o.result());
      }
    }

    @Override
    public void error(CorpusRecord rec, Map<String, String> metadata, String error) throws IOException {
      writer.writeError(rec.id(), rec.line(), error);
    }

    @Override
    public void flush() throws IOException {
      writer.flush();
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  private static final class CsvSink implements Sink {
    private final CsvResultWriter writer;
    private final Set<String> columns;
    private final Set<String> warned = new HashSet<>();
    private final CorpusReaders.Format format;

    CsvSink(OutputStream out, List<String> metadataColumns, Tagger tagger, CorpusReaders.Format format)
        throws IOException {
      this.writer = new CsvResultWriter(new BufferedOutputStream(out, 1 << 16), metadataColumns, tagger.codebook());
      this.columns = new HashSet<>(metadataColumns);
      this.format = format;
    }

    @Override
    public void ok(Reflection r, RecordTagger.Outcome o) throws IOException {
      for (String k : r.metadata().keySet()) {
        if (!columns.contains(k) && warned.add(k)) {
          System.err.println("pgtagger: warning: field '" + k + "' (first seen in record " + r.line()
              + ") is not a column of the CSV output, whose metadata columns come from the first record");
        }
      }
      writer.write(r.metadata(), r.id(), o.result());
    }

    @Override
    public void error(CorpusRecord rec, Map<String, String> metadata, String error) throws IOException {
      String where = switch (format) {
        case CSV -> "row " + rec.line();
        case FOLDER -> "file " + rec.line();
        default -> "line " + rec.line();
      };
      writer.writeError(metadata, rec.id(), error.startsWith(where) ? error : where + ": " + error);
    }

    @Override
    public void flush() throws IOException {
      writer.flush();
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  /** Writes to a temporary file beside the target and moves it into place on commit; or to stdout. */
  static final class AtomicOutput implements AutoCloseable {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
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
      return open(Path.of(output), "--output " + output);
    }

    /** Opens a temporary file beside {@code file}; {@code what} names the option in messages. */
    static AtomicOutput open(Path file, String what) throws IOException {
      Path target = file.toAbsolutePath();
      Path dir = target.getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new UsageException(what + ": directory " + dir + " does not exist");
      }
      while (true) {
        // not Files.createTempFile: that makes the file readable by its owner only, whatever the umask
        Path temp = dir.resolve("." + target.getFileName() + "."
            + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
        try {
          return new AtomicOutput(target, temp, Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW,
              java.nio.file.StandardOpenOption.WRITE));
        } catch (java.nio.file.FileAlreadyExistsException e) {
          // try another name
        }
      }
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
