package io.github.pgtagger.cli;

import io.github.pgtagger.analysis.Segmentation;
import io.github.pgtagger.corpus.BadRecord;
import io.github.pgtagger.corpus.CorpusReader;
import io.github.pgtagger.corpus.CorpusReaders;
import io.github.pgtagger.corpus.CorpusRecord;
import io.github.pgtagger.corpus.CorpusSummary;
import io.github.pgtagger.corpus.Reflection;
import io.github.pgtagger.export.HtmlReport;
import io.github.pgtagger.export.SpiderwebSvg;
import io.github.pgtagger.export.SummaryCsvWriter;
import io.github.pgtagger.export.SummaryJsonWriter;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.tagging.Tagger;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pgtagger report}: tags a corpus and writes a summary (JSON, CSV), a spider web chart and an HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {
      "Tag a corpus and summarise it. Writes into --output-dir:",
      "  summary.json   counts and shares per label, overall and per group;",
      "                 label co-occurrence; top evidence terms per label;",
      "                 example snippets with evidence offsets",
      "  summary.csv    the same as one long table (section, group, label,",
      "                 item, count, total, share, score, text)",
      "  spiderweb.svg  radar chart: share of texts per dimension, one",
      "                 polygon per group",
      "  report.html    one self-contained page (no scripts, nothing loaded)",
      "                 with the chart, the tables and examples in context",
      "Input as for 'tag' (.jsonl, .csv, .txt, a folder of .txt documents).",
      "Shares are of the texts tagged without error. See docs/data-formats.md."
    })
final class ReportCommand implements Callable<Integer> {
  private static final int MAX_MESSAGES = 10;

  @Mixin
  InputOptions inputOptions;

  @Option(names = {"-d", "--output-dir"}, required = true, paramLabel = "DIR",
      description = "Folder for the report files (created when missing; files in it are replaced).")
  Path outputDir;

  @Option(names = "--group-by", paramLabel = "COLUMN",
      description = "Metadata column (CSV) or field (JSONL) to group the texts by, e.g. a neighbourhood or team.")
  String groupBy;

  @Option(names = "--max-groups", paramLabel = "N", defaultValue = "50",
      description = "Most groups counted separately (default: ${DEFAULT-VALUE}); further groups are counted"
          + " together as \"" + CorpusSummary.OTHER_GROUP + "\".")
  int maxGroups;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
      description = "Example snippets per label (default: ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--top-terms", paramLabel = "N", defaultValue = "10",
      description = "Evidence terms listed per label (default: ${DEFAULT-VALUE}).")
  int topTerms;

  @Option(names = "--report-language", paramLabel = "nl|en", defaultValue = "en",
      description = "Language of the page's headings and label names (default: ${DEFAULT-VALUE}).")
  String reportLanguage;

  @Option(names = "--title", paramLabel = "TEXT", description = "Page title (default: 'Positive Health report').")
  String title;

  @Mixin
  TaggerOptions taggerOptions;

  @Override
  public Integer call() throws IOException {
    Language pageLanguage;
    try {
      pageLanguage = Language.fromCode(reportLanguage);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--report-language: " + e.getMessage());
    }
    if (maxGroups < 1 || examples < 0 || topTerms < 0) {
      throw new UsageException("--max-groups must be at least 1, --examples and --top-terms at least 0");
    }
    if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
      throw new UsageException("--output-dir " + outputDir + " is a file, not a folder");
    }
    Language forced = taggerOptions.language();
    Tagger tagger = taggerOptions.build();
    InputOptions.Opened in = inputOptions.open(taggerOptions.maxTextLength);
    if (groupBy != null) {
      if (in.format() == CorpusReaders.Format.FOLDER || in.format() == CorpusReaders.Format.TXT) {
        in.reader().close();
        throw new UsageException("--group-by needs CSV or JSONL input with a column to group by");
      }
      if (in.metadataColumns() != null && !in.metadataColumns().contains(groupBy)) {
        in.reader().close();
        throw new UsageException("--group-by " + groupBy + ": no such column; the metadata columns are "
            + in.metadataColumns());
      }
    }
    CorpusSummary.Builder summary = CorpusSummary.builder(tagger.codebook()).groupBy(groupBy)
        .maxGroups(maxGroups).examples(examples).topTerms(topTerms);
    RecordTagger recordTagger = new RecordTagger(tagger, in.segmentation(), forced);
    long failed = 0;
    boolean sawGroup = false;
    try (CorpusReader reader = in.reader()) {
      Progress progress = Progress.start("report");
      while (reader.hasNext()) {
        CorpusRecord rec = reader.next();
        if (rec instanceof Reflection r) {
          String group = groupBy == null ? null : r.metadata().get(groupBy);
          sawGroup |= group != null;
          RecordTagger.Outcome o = recordTagger.tag(r);
          if (o.error() != null) {
            failed++;
            summary.addError(r.id(), group);
            if (failed <= MAX_MESSAGES) {
              System.err.println("pgtagger: could not tag record " + r.line() + " (id " + r.id() + "): " + o.error());
            }
          } else {
            summary.add(r.id(), group, r.text(), o.result());
          }
        } else {
          failed++;
          summary.addError(rec.id(), null);
          if (failed <= MAX_MESSAGES) {
            System.err.println("pgtagger: skipped record " + rec.line() + ": " + ((BadRecord) rec).error());
          }
        }
        progress.step();
      }
      progress.done();
    }
    if (failed > MAX_MESSAGES) {
      System.err.println("pgtagger: ... and " + (failed - MAX_MESSAGES) + " more record(s) failed;"
          + " run 'pgtagger tag' on the input to see every error");
    }
    if (groupBy != null && !sawGroup) {
      System.err.println("pgtagger: warning: no record has a field '" + groupBy + "' to group by");
    }
    CorpusSummary s = summary.build();
    Files.createDirectories(outputDir);
    List<String> notes = new ArrayList<>();
    if (in.segmentation() != Segmentation.NONE) {
      notes.add((pageLanguage == Language.NL ? "Getagd per " : "Tagged per ")
          + (in.segmentation() == Segmentation.SENTENCE
              ? (pageLanguage == Language.NL ? "zin" : "sentence")
              : (pageLanguage == Language.NL ? "alinea" : "paragraph"))
          + (pageLanguage == Language.NL ? "; een tekst krijgt een label als een van zijn segmenten het krijgt."
              : "; a text carries a label when one of its segments does."));
    }
    String pageTitle = title != null ? title
        : pageLanguage == Language.NL ? "Rapport Positieve Gezondheid" : "Positive Health report";
    HtmlReport.Options options = new HtmlReport.Options(pageTitle, inputOptions.displayName(), pageLanguage, notes);
    write(outputDir.resolve("summary.json"), out -> SummaryJsonWriter.write(s, out));
    write(outputDir.resolve("summary.csv"), out -> SummaryCsvWriter.write(s, out));
    write(outputDir.resolve("spiderweb.svg"),
        out -> out.write(SpiderwebSvg.document(s, pageLanguage).getBytes(StandardCharsets.UTF_8)));
    write(outputDir.resolve("report.html"),
        out -> out.write(HtmlReport.render(s, options).getBytes(StandardCharsets.UTF_8)));
    System.err.println("pgtagger: " + s.overall().texts() + " text(s) tagged, " + failed + " failed; wrote"
        + " summary.json, summary.csv, spiderweb.svg and report.html to " + outputDir);
    return failed > 0 ? 1 : 0;
  }

  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  private static void write(Path file, Body body) throws IOException {
    try (TagCommand.AtomicOutput out = TagCommand.AtomicOutput.open(file, "--output-dir")) {
      body.write(out.stream());
      out.commit();
    }
  }
}
