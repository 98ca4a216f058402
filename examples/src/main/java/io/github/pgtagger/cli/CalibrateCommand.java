package io.github.pgtagger.cli;

import io.github.pgtagger.evaluation.GoldRecord;
import io.github.pgtagger.evaluation.GoldStandard;
import io.github.pgtagger.evaluation.ThresholdCalibrator;
import io.github.pgtagger.model.DataFileException;
import io.github.pgtagger.tagging.Tagger;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgtagger calibrate}: per-label thresholds from labelled data, with a cross-validated estimate. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {
      "Calibrate per-label thresholds on gold JSONL files (the format of 'evaluate --gold'): for each label the",
      "threshold in [0.10, 0.80] (step 0.01) with the best F1, taken from the middle of the best plateau.",
      "Prints in-sample and k-fold cross-validated macro F1. Use the result with 'tag --thresholds FILE'",
      "or Tagger.Builder.thresholds(Path)."
    })
final class CalibrateCommand implements Callable<Integer> {
  @Option(names = "--dimensions-gold", paramLabel = "FILE", required = true,
      description = "Gold JSONL files to calibrate the dimensions on (repeatable).")
  List<Path> dimensionGold = new ArrayList<>();

  @Option(names = "--interpretations-gold", paramLabel = "FILE", required = true,
      description = "Gold JSONL files to calibrate the interpretations on (repeatable).")
  List<Path> interpretationGold = new ArrayList<>();

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the thresholds as a properties file (default: stdout).")
  Path output;

  @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra lexicon files (repeatable).")
  List<Path> lexicons = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Tagger.Builder b = Tagger.builder().dimensionThreshold(0.01).interpretationThreshold(0.01);
    lexicons.forEach(b::addLexicon);
    Tagger tagger;
    List<GoldRecord> dims = new ArrayList<>();
    List<GoldRecord> ints = new ArrayList<>();
    try {
      tagger = b.build();
      for (Path p : dimensionGold) {
        dims.addAll(read(p, tagger));
      }
      for (Path p : interpretationGold) {
        ints.addAll(read(p, tagger));
      }
    } catch (DataFileException e) {
      throw new UsageException(e.getMessage(), e);
    }
    ThresholdCalibrator.Result r;
    try {
      r = new ThresholdCalibrator(tagger, folds).calibrate(dims, ints);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    PrintStream err = System.err;
    err.printf(Locale.ROOT, "dimensions:      %d texts, macro F1 %.4f in sample, %.4f cross-validated (%d folds)%n",
        dims.size(), r.dimensionsInSample(), r.dimensionsCrossValidated(), folds);
    err.printf(Locale.ROOT, "interpretations: %d texts, macro F1 %.4f in sample, %.4f cross-validated (%d folds)%n",
        ints.size(), r.interpretationsInSample(), r.interpretationsCrossValidated(), folds);
    StringBuilder sb = new StringBuilder();
    sb.append("# Per-label thresholds written by 'pgtagger calibrate' (").append(folds).append(" folds)\n");
    sb.append("# dimensions on: ").append(dimensionGold).append('\n');
    sb.append("# interpretations on: ").append(interpretationGold).append('\n');
    sb.append(String.format(Locale.ROOT, "# macro F1 dimensions %.4f in sample, %.4f cross-validated%n",
        r.dimensionsInSample(), r.dimensionsCrossValidated()));
    sb.append(String.format(Locale.ROOT, "# macro F1 interpretations %.4f in sample, %.4f cross-validated%n",
        r.interpretationsInSample(), r.interpretationsCrossValidated()));
    for (Map.Entry<String, Double> e : r.thresholds().entrySet()) {
      sb.append(e.getKey()).append('=').append(String.format(Locale.ROOT, "%.2f", e.getValue())).append('\n');
    }
    if (output == null) {
      System.out.print(sb);
    } else {
      try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        w.write(sb.toString());
      }
    }
    return 0;
  }

  private static List<GoldRecord> read(Path p, Tagger tagger) {
    if (!Files.isRegularFile(p)) {
      throw new UsageException(p + ": no such file");
    }
    return GoldStandard.read(p, tagger.codebook()).records();
  }
}
