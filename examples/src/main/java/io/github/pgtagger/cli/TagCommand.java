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
import java.io.InterruptedIOException;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardCopyOption;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that tag (default: one less than the number of processors, at least 1, at most 8;"
          + " with 1 the thread that reads and writes also tags). Rows are written in input order whatever the"
          + " number.")
  Integer threads;

  /** Records handed to a tagging thread at a time. */
  static final int BATCH = 256;
  /** Largest --threads. */
  static final int MAX_THREADS = 64;

  @Override
  public Integer call() throws IOException {
    Language forced = taggerOptions.language();
    boolean csvOut = csvOutput();
    int n = threadCount();
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
        ExecutorService pool = n > 1 ? Executors.newFixedThreadPool(n, TagCommand::taggingThread) : null;
        try {
          // batches are tagged in parallel and written in input order; at most 2n batches are in flight
          Deque<Future<Batch>> inFlight = new ArrayDeque<>();
          while (!lookahead.isEmpty() || reader.hasNext()) {
            List<CorpusRecord> records = new ArrayList<>(BATCH);
            while (records.size() < BATCH && (!lookahead.isEmpty() || reader.hasNext())) {
              records.add(lookahead.isEmpty() ? reader.next() : lookahead.poll());
            }
            if (pool == null) {
              failed += write(tagBatch(recordTagger, records), sink, progress);
              continue;
            }
            inFlight.add(pool.submit(() -> tagBatch(recordTagger, records)));
            while (inFlight.size() >= 2 * n) {
              failed += write(await(inFlight.poll()), sink, progress);
            }
          }
          while (!inFlight.isEmpty()) {
            failed += write(await(inFlight.poll()), sink, progress);
          }
        } finally {
          if (pool != null) {
            pool.shutdownNow();
          }
        }
        progress.done();
        sink.flush();
      }
      // the sink has written its last bytes; only now is the output complete. On any failure before, closing
      // `out` deletes the temporary file and the target stays as it was.
      out.commit();
    }
    if (failed > 0) {
      System.err.println("pgtagger: " + failed + " row(s) failed; see the \"error\" " + (csvOut ? "column" : "lines")
          + " in the output");
      return 1;
    }
    return 0;
  }

  /** A batch of records with the outcome of each reflection (null for a record that could not be read). */
  private record Batch(List<CorpusRecord> records, RecordTagger.Outcome[] outcomes) {}

  private static Batch tagBatch(RecordTagger recordTagger, List<CorpusRecord> records) {
    RecordTagger.Outcome[] outcomes = new RecordTagger.Outcome[records.size()];
    for (int i = 0; i < outcomes.length; i++) {
      if (records.get(i) instanceof Reflection r) {
        outcomes[i] = recordTagger.tag(r);
      }
    }
    return new Batch(records, outcomes);
  }

  /** Writes a batch in order; returns the number of rows that failed. */
  private static int write(Batch batch, Sink sink, Progress progress) throws IOException {
    int failed = 0;
    for (int i = 0; i < batch.outcomes().length; i++) {
      CorpusRecord rec = batch.records().get(i);
      RecordTagger.Outcome o = batch.outcomes()[i];
      if (rec instanceof Reflection r) {
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
    return failed;
  }

  private static Batch await(Future<Batch> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while tagging");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IOException(e.getCause());
    }
  }

  private int threadCount() {
    if (threads == null) {
      // the reading and writing thread keeps one processor busy; on two processors tagging on it is fastest
      return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors() - 1));
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new UsageException("--threads: expected 1 to " + MAX_THREADS + " but got " + threads);
    }
    return threads;
  }

  private static Thread taggingThread(Runnable r) {
    Thread t = new Thread(r, "pgtagger-tag");
    t.setDaemon(true);
    return t;
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
      return open(Path.of(output), "--output");
    }

    /** Opens a file output; {@code what} names the option in messages (e.g. {@code --output-dir}). */
    static AtomicOutput open(Path file, String what) throws IOException {
      Path target = file.toAbsolutePath();
      Path dir = target.getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new UsageException(what + " " + file + ": directory " + dir + " does not exist");
      }
      if (Files.isDirectory(target)) {
        throw new UsageException(what + " " + file + ": is a directory");
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
