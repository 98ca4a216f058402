package io.github.pgtagger.cli;

import io.github.pgtagger.evaluation.AgreementReport;
import io.github.pgtagger.evaluation.AgreementReport.LabelAgreement;
import io.github.pgtagger.evaluation.AgreementReport.PairKappa;
import io.github.pgtagger.evaluation.CodingTable;
import io.github.pgtagger.evaluation.EvaluationJson;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.DataFileException;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.Tagger;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pgtagger agree}: inter-coder agreement (Krippendorff's alpha, pairwise Cohen's kappa) from a CSV. */
@Command(name = "agree", mixinStandardHelpOptions = true,
    description = {
      "Compute agreement among coders from a CSV file with a header row: one row",
      "per text, one column per coder holding that coder's codes joined by ';'",
      "(e.g. BODILY_FUNCTIONS;PARTICIPATION; an empty cell means no code).",
      "",
      "Reports Krippendorff's alpha (nominal) and Cohen's kappa for every pair of",
      "coders, per label (present/absent) and pooled over all labels, and alpha",
      "over the code sets with the MASI distance. With --with-tagger the tagger",
      "joins as one more coder, tagging the text column.",
      "",
      "Output (--output, default stdout): {\"units\", \"coders\", \"overall\":",
      "  {\"alphaBinary\", \"alphaMasi\", \"kappa\": [{\"coders\": [a, b], \"units\",",
      "  \"kappa\"}]}, \"labels\": {\"CODE\": {\"positives\", \"alpha\", \"kappa\"}}}.",
      "Scores have 4 decimals; an undefined score is null (docs/evaluation.md).",
      "A short table goes to stderr.",
      ""
    })
final class AgreeCommand implements Callable<Integer> {
  @Option(names = {"-i", "--input"}, required = true, paramLabel = "codes.csv", description = "The coding CSV.")
  Path input;

  @Option(names = "--coders", required = true, split = ",", paramLabel = "COL",
      description = "The coder columns, comma-separated (e.g. --coders ann,bob).")
  List<String> coders;

  @Option(names = "--id-column", paramLabel = "COL",
      description = "The id column (default: \"id\" if present, else the row number).")
  String idColumn;

  @Option(names = "--text-column", paramLabel = "COL",
      description = "The text column, needed with --with-tagger (default: \"text\").")
  String textColumn;

  @Option(names = "--with-tagger", description = "Add the tagger as one more coder.")
  boolean withTagger;

  @Option(names = "--tagger-name", paramLabel = "NAME", defaultValue = "pgtagger",
      description = "The tagger's coder name (default: ${DEFAULT-VALUE}).")
  String taggerName;

  @Option(names = "--scheme", paramLabel = "dimensions|interpretations|both",
      description = "The labels to report (default: from the codes in the file; both when they are mixed).")
  String scheme;

  @Option(names = "--missing-value", paramLabel = "TOKEN",
      description = "A cell value meaning the coder did not code the text (e.g. NA); default: none.")
  String missingValue;

  @Option(names = "--separator", paramLabel = "CHAR", defaultValue = ",",
      description = "The CSV column separator (default: ${DEFAULT-VALUE}); with ';' quote cells holding codes.")
  String separator;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.json",
      description = "Where to write the JSON (default: stdout).")
  String output;

  @Mixin
  TaggerOptions taggerOptions;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(input)) {
      throw new UsageException("--input " + input + ": no such file");
    }
    if (separator.length() != 1) {
      throw new UsageException("--separator: expected one character but got '" + separator + "'");
    }
    coders = coders.stream().map(String::trim).toList();
    int coderCount = coders.size() + (withTagger ? 1 : 0);
    if (coderCount < 2) {
      throw new UsageException("--coders: agreement needs at least two coders; give two columns, or one"
          + " column and --with-tagger");
    }
    Language forced = taggerOptions.language();
    Tagger tagger = withTagger ? taggerOptions.build() : null;
    Codebook codebook = tagger != null ? tagger.codebook() : Codebook.yaron2021();
    List<String> dimensionCodes = Arrays.stream(Dimension.values()).map(Dimension::code).toList();
    Set<String> valid = new HashSet<>(dimensionCodes);
    valid.addAll(codebook.codes());
    CodingTable table;
    try {
      table = CodingTable.readCsv(input, new CodingTable.CsvOptions(coders, idColumn, textColumn, valid,
          missingValue, separator.charAt(0)));
    } catch (DataFileException e) {
      throw new UsageException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--coders: " + e.getMessage(), e);
    }
    List<String> labels = labels(table.usedCodes(), dimensionCodes, codebook.codes());
    Set<String> labelSet = Set.copyOf(labels);
    for (String code : table.usedCodes()) {
      if (!labelSet.contains(code)) {
        throw new UsageException(input + ": code " + code + " is not in --scheme " + scheme + " " + labels);
      }
    }
    if (tagger != null) {
      String textCol = textColumn != null ? textColumn : "text";
      if (!table.columns().contains(textCol)) {
        throw new UsageException(input + ": --with-tagger needs the text column \"" + textCol
            + "\"; columns present: " + table.columns() + " (see --text-column)");
      }
      if (coders.contains(taggerName)) {
        throw new UsageException("--tagger-name " + taggerName + " is also a coder column; choose another name");
      }
      table = table.withCoder(taggerName, u -> tag(tagger, u, forced, labelSet));
    }
    AgreementReport report = table.agreement(labels);
    try (TagCommand.AtomicOutput out = TagCommand.AtomicOutput.open(output == null ? "-" : output)) {
      BufferedOutputStream buffered = new BufferedOutputStream(out.stream());
      EvaluationJson.write(report, buffered);
      buffered.flush();
      out.commit();
    }
    printTable(System.err, report);
    return 0;
  }

  private List<String> labels(Set<String> used, List<String> dimensionCodes, List<String> interpretationCodes) {
    String s = scheme;
    if (s == null) {
      boolean dims = used.stream().anyMatch(dimensionCodes::contains);
      boolean ints = used.stream().anyMatch(interpretationCodes::contains);
      s = dims && ints ? "both" : ints ? "interpretations" : "dimensions";
    }
    List<String> out = new ArrayList<>();
    switch (s.toLowerCase(Locale.ROOT)) {
      case "dimensions" -> out.addAll(dimensionCodes);
      case "interpretations" -> out.addAll(interpretationCodes);
      case "both" -> {
        out.addAll(dimensionCodes);
        out.addAll(interpretationCodes);
      }
      default -> throw new UsageException("--scheme: expected dimensions, interpretations or both but got '"
          + scheme + "'");
    }
    return out;
  }

  private static Set<String> tag(Tagger tagger, CodingTable.CodedUnit unit, Language language,
      Set<String> labels) {
    if (unit.text() == null || unit.text().isBlank()) {
      return Set.of();
    }
    TaggingResult r;
    try {
      r = tagger.tag(unit.text(), language);
    } catch (RuntimeException e) {
      throw new UsageException("data row " + unit.row() + " (line " + unit.line() + ", id " + unit.id()
          + "): cannot tag the text: " + e.getMessage(), e);
    }
    Set<String> out = new TreeSet<>();
    for (DimensionTag t : r.dimensions()) {
      out.add(t.dimension().code());
    }
    for (InterpretationTag t : r.interpretations()) {
      out.add(t.code());
    }
    out.retainAll(labels);
    return out;
  }

  private static void printTable(PrintStream err, AgreementReport report) {
    err.println(report.units() + " units, coders " + String.join(", ", report.coders()));
    List<PairKappa> pairs = report.kappas();
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%n%-20s %9s", "label", "alpha"));
    for (PairKappa p : pairs) {
      head.append(String.format(Locale.ROOT, " %18s", abbreviate("k " + p.coderA() + "~" + p.coderB())));
    }
    err.println(head);
    for (LabelAgreement l : report.labels()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-20s %9s", l.label(),
          EvaluateCommand.fmt(l.alpha())));
      for (PairKappa p : l.kappas()) {
        row.append(String.format(Locale.ROOT, " %18s", EvaluateCommand.fmt(p.kappa())));
      }
      err.println(row);
    }
    StringBuilder pooled = new StringBuilder(String.format(Locale.ROOT, "%-20s %9s", "all labels pooled",
        EvaluateCommand.fmt(report.alphaBinary())));
    for (PairKappa p : pairs) {
      pooled.append(String.format(Locale.ROOT, " %18s", EvaluateCommand.fmt(p.kappa())));
    }
    err.println(pooled);
    err.printf(Locale.ROOT, "%-20s %9s%n", "alpha (MASI, sets)", EvaluateCommand.fmt(report.alphaMasi()));
  }

  private static String abbreviate(String s) {
    return s.length() > 18 ? s.substring(0, 17) + "." : s;
  }
}
