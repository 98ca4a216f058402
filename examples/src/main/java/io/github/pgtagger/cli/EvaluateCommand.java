package io.github.pgtagger.cli;

import io.github.pgtagger.evaluation.Evaluation;
import io.github.pgtagger.evaluation.EvaluationJson;
import io.github.pgtagger.evaluation.Evaluator;
import io.github.pgtagger.evaluation.GoldStandard;
import io.github.pgtagger.evaluation.LabelMetrics;
import io.github.pgtagger.evaluation.SchemeEvaluation;
import io.github.pgtagger.model.DataFileException;
import io.github.pgtagger.tagging.Tagger;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pgtagger evaluate}: tags the texts of a gold standard and scores the tags against the gold labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {
      "Tag the texts of a gold standard, each in its gold language, and score the",
      "tags per label (precision, recall, F1, Cohen's kappa, support) and per",
      "scheme (macro and micro F1).",
      "",
      "Gold (--gold): JSON Lines, one object per line: {\"id\", \"lang\": \"nl\"|\"en\",",
      "  \"text\", \"dimensions\": [...], \"interpretations\": [...]}; all five fields",
      "  are required, the arrays may be empty.",
      "Output (--output, default stdout): {\"dimensions\": {\"macroF1\", \"microF1\",",
      "  \"labels\": {\"CODE\": {\"precision\", \"recall\", \"f1\", \"kappa\",",
      "  \"support\"}}}, \"interpretations\": {...}}.",
      "Scores have 4 decimals; an undefined score is null (docs/evaluation.md).",
      "A short table goes to stderr.",
      ""
    })
final class EvaluateCommand implements Callable<Integer> {
  @Option(names = {"-g", "--gold"}, required = true, paramLabel = "GOLD.jsonl", description = "The gold standard.")
  Path gold;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.json",
      description = "Where to write the scores (default: stdout).")
  String output;

  @Option(names = "--misclassified", paramLabel = "FILE.jsonl",
      description = "Also write each text whose labels differ from the gold ones: {\"id\", \"lang\", \"text\","
          + " \"gold\": {...}, \"predicted\": {...}}.")
  String misclassified;

  @Mixin
  TaggerOptions taggerOptions;

  @Override
  public Integer call() throws IOException {
    if (taggerOptions.lang != null) {
      throw new UsageException("--lang: evaluate tags each gold text in the language of its \"lang\" field;"
          + " remove --lang");
    }
    if (!Files.isRegularFile(gold)) {
      throw new UsageException("--gold " + gold + ": no such file");
    }
    Tagger tagger = taggerOptions.build();
    GoldStandard goldStandard;
    try {
      goldStandard = GoldStandard.read(gold, tagger.codebook());
    } catch (DataFileException e) {
      throw new UsageException("invalid gold standard: " + e.getMessage(), e);
    }
    Evaluation evaluation = new Evaluator(tagger).evaluate(goldStandard);
    try (TagCommand.AtomicOutput out = TagCommand.AtomicOutput.open(output == null ? "-" : output)) {
      BufferedOutputStream buffered = new BufferedOutputStream(out.stream());
      EvaluationJson.write(evaluation, buffered);
      buffered.flush();
      out.commit();
    }
    if (misclassified != null) {
      try (TagCommand.AtomicOutput out = TagCommand.AtomicOutput.open(misclassified)) {
        BufferedOutputStream buffered = new BufferedOutputStream(out.stream());
        EvaluationJson.writeMisclassified(evaluation, buffered);
        buffered.flush();
        out.commit();
      }
    }
    PrintStream err = System.err;
    err.println(goldStandard.source() + ": " + goldStandard.size() + " texts, "
        + evaluation.misclassified().size() + " with at least one wrong label");
    printTable(err, "dimensions", evaluation.dimensions());
    printTable(err, "interpretations", evaluation.interpretations());
    return 0;
  }

  static void printTable(PrintStream err, String title, SchemeEvaluation scheme) {
    err.printf(Locale.ROOT, "%n%-20s %9s %9s %9s %9s %8s%n", title, "precision", "recall", "f1", "kappa",
        "support");
    for (LabelMetrics m : scheme.labels()) {
      err.printf(Locale.ROOT, "%-20s %9s %9s %9s %9s %8d%n", m.label(), fmt(m.precision()), fmt(m.recall()),
          fmt(m.f1()), fmt(m.kappa()), m.support());
    }
    err.printf(Locale.ROOT, "%-20s %9s%n%-20s %9s%n", "macro F1", fmt(scheme.macroF1()), "micro F1",
        fmt(scheme.microF1()));
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
  }
}
