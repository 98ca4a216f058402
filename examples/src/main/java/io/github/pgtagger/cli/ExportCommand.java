package io.github.pgtagger.cli;

import io.github.pgtagger.corpus.BadRecord;
import io.github.pgtagger.corpus.CorpusReader;
import io.github.pgtagger.corpus.CorpusReaders;
import io.github.pgtagger.corpus.CorpusRecord;
import io.github.pgtagger.corpus.ReaderOptions;
import io.github.pgtagger.corpus.Reflection;
import io.github.pgtagger.export.QdaCodebook;
import io.github.pgtagger.export.QdcWriter;
import io.github.pgtagger.export.QdpxWriter;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.Tagger;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pgtagger export}: writes a REFI-QDA project (.qdpx) of tagged texts, or the REFI-QDA codebook (.qdc). */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {
      "Export for qualitative-analysis tools (ATLAS.ti, NVivo, MAXQDA, ...)",
      "in the REFI-QDA 1.0 exchange format. See docs/refi-qda.md.",
      "",
      "--format qdpx: tag every text of --input and write a REFI-QDA project:",
      "  the codebook; one document per text, named by its id, with variables",
      "  id, line, language and the record's other fields; one coded segment",
      "  per evidence span, coded with its aspect (else its dimension) and",
      "  the interpretation it supports. Positions count Unicode code points.",
      "--format qdc: write only the codebook (dimensions with their aspects,",
      "  and the interpretations).",
      "",
      "Input (--input, qdpx only): as for 'tag' (.jsonl, .csv, .txt, or - for stdin;",
      "--text-column and --id-column name the fields to read).",
      "Rows that cannot be read or tagged are reported on stderr with their",
      "line number and left out; the exit status is then 1.",
      "A file output is written to a temporary file and moved into place",
      "when complete."
    })
final class ExportCommand implements Callable<Integer> {
  /** Most bad rows reported one by one on stderr; the rest are counted. */
  static final int MAX_REPORTED_ROWS = 100;

  @Option(names = "--format", paramLabel = "qdpx|qdc",
      description = "What to write; by default from the --output extension (.qdpx or .qdc).")
  String format;

  @Option(names = {"-i", "--input"}, paramLabel = "IN",
      description = "Input file, or - for stdin (required for qdpx, not used for qdc).")
  String input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
      description = "Output .qdpx or .qdc file, or - for stdout.")
  String output;

  @Option(names = "--input-format", paramLabel = "jsonl|csv|txt",
      description = "Input format; by default from the file extension (stdin: jsonl).")
  String inputFormat;

  @Mixin
  ColumnOptions columns;

  @Option(names = "--code-language", paramLabel = "nl|en", defaultValue = "nl",
      description = "Language of the code names and descriptions (default: ${DEFAULT-VALUE}).")
  String codeLanguage;

  @Option(names = "--project-name", paramLabel = "NAME",
      description = "Name of the project (qdpx); by default the output file name without extension.")
  String projectName;

  @Mixin
  TaggerOptions taggerOptions;

  @Override
  public Integer call() throws IOException {
    String what = format();
    Language names = codeLanguage();
    Language forced = taggerOptions.language();
    if (what.equals("qdc")) {
      if (input != null) {
        throw new UsageException("--input is not used with --format qdc (the codebook does not depend on texts)");
      }
      Tagger tagger = taggerOptions.build();
      try (TagCommand.AtomicOutput out = TagCommand.AtomicOutput.open(output)) {
        QdcWriter.write(QdaCodebook.of(tagger, names), origin(), out.stream());
        out.commit();
      }
      return 0;
    }
    if (input == null) {
      throw new UsageException("--input is required with --format qdpx");
    }
    ReaderOptions ro;
    try {
      ro = ReaderOptions.DEFAULTS.withMaxTextLength(taggerOptions.maxTextLength)
          .withColumns(columns.textColumn, columns.idColumn);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Tagger tagger = taggerOptions.build();
    PrintStream err = System.err;
    long failed = 0;
    long sources;
    long selections;
    try (CorpusReader reader = openReader(ro);
        TagCommand.AtomicOutput out = TagCommand.AtomicOutput.open(output);
        QdpxWriter writer = QdpxWriter.builder(QdaCodebook.of(tagger, names))
            .projectName(projectName != null ? projectName : defaultProjectName())
            .origin(origin())
            .open(new BufferedOutputStream(out.stream(), 1 << 16))) {
      Progress progress = Progress.start("export");
      while (reader.hasNext()) {
        CorpusRecord rec = reader.next();
        String error;
        if (rec instanceof Reflection r) {
          try {
            TaggingResult result = tagger.tag(r.text(), forced != null ? forced : r.language());
            writer.add(r, result);
            error = null;
          } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.toString() : e.getMessage();
          }
        } else {
          error = ((BadRecord) rec).error();
        }
        if (error != null) {
          failed++;
          if (failed <= MAX_REPORTED_ROWS) {
            err.println("pgtagger: line " + rec.line() + (rec.id() == null ? "" : " (id " + rec.id() + ")")
                + ": " + error + "; left out of the export");
          }
        }
        progress.step();
      }
      progress.done();
      writer.finish();
      sources = writer.sources();
      selections = writer.selections();
      out.commit();
    }
    if (failed > MAX_REPORTED_ROWS) {
      err.println("pgtagger: " + (failed - MAX_REPORTED_ROWS) + " more row(s) failed (not shown)");
    }
    err.println("pgtagger: exported " + sources + " text(s) with " + selections + " coded segment(s)"
        + (failed > 0 ? "; " + failed + " row(s) left out" : ""));
    return failed > 0 ? 1 : 0;
  }

  private String format() {
    if (format != null) {
      String f = format.toLowerCase(Locale.ROOT);
      if (!f.equals("qdpx") && !f.equals("qdc")) {
        throw new UsageException("--format: expected qdpx or qdc but got '" + format + "'");
      }
      return f;
    }
    String o = output.toLowerCase(Locale.ROOT);
    if (o.endsWith(".qdpx")) {
      return "qdpx";
    }
    if (o.endsWith(".qdc")) {
      return "qdc";
    }
    throw new UsageException("--output " + output + ": cannot tell the format from the extension; give --format"
        + " qdpx or --format qdc");
  }

  private Language codeLanguage() {
    try {
      return Language.fromCode(codeLanguage);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--code-language: " + e.getMessage());
    }
  }

  private String defaultProjectName() {
    if (output.equals("-")) {
      return "pgtagger export";
    }
    String name = Path.of(output).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String origin() {
    return new VersionProvider().getVersion()[0];
  }

  private CorpusReader openReader(ReaderOptions ro) throws IOException {
    if (input.equals("-")) {
      return CorpusReaders.open(System.in, inputFormat == null ? CorpusReaders.Format.JSONL : parseFormat(), ro);
    }
    Path path = Path.of(input);
    if (!Files.exists(path)) {
      throw new UsageException("--input " + input + ": no such file");
    }
    try {
      if (inputFormat != null) {
        return CorpusReaders.open(Files.newInputStream(path), parseFormat(), ro);
      }
      return CorpusReaders.open(path, ro);
    } catch (NoSuchFileException e) {
      throw new UsageException("--input " + input + ": no such file");
    } catch (IllegalArgumentException e) {
      throw new UsageException("--input: " + e.getMessage() + " (or give --input-format)");
    }
  }

  private CorpusReaders.Format parseFormat() {
    try {
      return CorpusReaders.Format.valueOf(inputFormat.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--input-format: expected one of "
          + java.util.Arrays.toString(CorpusReaders.Format.values()).toLowerCase(Locale.ROOT)
          + " but got '" + inputFormat + "'");
    }
  }
}
