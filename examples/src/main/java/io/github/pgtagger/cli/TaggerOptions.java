package io.github.pgtagger.cli;

import io.github.pgtagger.model.DataFileException;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.tagging.Tagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that configure the tagger, shared by the commands that tag. */
final class TaggerOptions {
  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "An extra lexicon JSON file, added to the bundled ones (repeatable).")
  List<Path> lexicons = new ArrayList<>();

  @Option(names = "--no-bundled-lexicons", description = "Use only the --lexicon files.")
  boolean noBundled;

  @Option(names = "--lang", paramLabel = "nl|en",
      description = "Language of every text; by default taken from each record's \"lang\" or detected.")
  String lang;

  @Option(names = "--max-text-length", paramLabel = "CHARS", defaultValue = "" + Tagger.DEFAULT_MAX_TEXT_LENGTH,
      description = "Longest text accepted, in chars (default: ${DEFAULT-VALUE}); longer rows fail.")
  int maxTextLength;

  @Option(names = "--dimension-threshold", paramLabel = "SCORE",
      description = "Minimum score for a dimension, in (0, 1); replaces the calibrated per-label thresholds.")
  Double dimensionThreshold;

  @Option(names = "--interpretation-threshold", paramLabel = "SCORE",
      description = "Minimum score for an interpretation, in (0, 1); replaces the calibrated per-label thresholds.")
  Double interpretationThreshold;

  @Option(names = "--thresholds", paramLabel = "FILE",
      description = "Per-label thresholds (properties file written by 'pgtagger calibrate').")
  Path thresholds;

  Language language() {
    if (lang == null) {
      return null;
    }
    try {
      return Language.fromCode(lang);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--lang: " + e.getMessage());
    }
  }

  Tagger build() {
    Tagger.Builder b = Tagger.builder().bundledLexicons(!noBundled).maxTextLength(maxTextLength);
    try {
      if (dimensionThreshold != null) {
        b.dimensionThreshold(dimensionThreshold);
      }
      if (interpretationThreshold != null) {
        b.interpretationThreshold(interpretationThreshold);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage().replace("dimensionThreshold", "--dimension-threshold")
          .replace("interpretationThreshold", "--interpretation-threshold"), e);
    }
    if (thresholds != null) {
      if (!Files.isRegularFile(thresholds)) {
        throw new UsageException("--thresholds " + thresholds + ": no such file");
      }
      try {
        b.thresholds(thresholds);
      } catch (DataFileException e) {
        throw new UsageException("--thresholds: " + e.getMessage(), e);
      }
    }
    for (Path p : lexicons) {
      if (!Files.isRegularFile(p)) {
        throw new UsageException("--lexicon " + p + ": no such file");
      }
      b.addLexicon(p);
    }
    try {
      return b.build();
    } catch (DataFileException e) {
      throw new UsageException("invalid lexicon: " + e.getMessage(), e);
    }
  }
}
