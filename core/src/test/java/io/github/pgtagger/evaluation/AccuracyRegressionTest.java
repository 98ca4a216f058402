package io.github.pgtagger.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.model.AspectSet;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.tagging.Tagger;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Regression floors of the default tagger on the labelled sets written for pgtagger (see docs/accuracy.md). The
 * floors sit just below the figures reached when the thresholds were calibrated; a change that drops below them
 * fails with the per-label figures and the misclassified texts. The holdout files were not used for tuning.
 */
class AccuracyRegressionTest {
  static final Tagger TAGGER = Tagger.defaults();

  // Floors: the measured figures of docs/accuracy.md minus 0.01.
  static final double DEV_DIMENSIONS_MACRO_F1 = 0.8664; // measured 0.8764
  static final double DEV_DIMENSIONS_NL = 0.8733; // measured 0.8833
  static final double DEV_DIMENSIONS_EN = 0.8460; // measured 0.8560
  static final double DEV_INTERPRETATIONS_MACRO_F1 = 0.8652; // measured 0.8752
  static final double HOLDOUT_DIMENSIONS_MACRO_F1 = 0.7241; // measured 0.7341
  static final double HOLDOUT_INTERPRETATIONS_MACRO_F1 = 0.8408; // measured 0.8508
  static final double FRESH_EN_DIMENSIONS_MACRO_F1 = 0.7251; // measured 0.7351
  static final double NO_CONTENT_UNTAGGED_SHARE = 0.90; // measured 66 of 72
  static final double FRESH_NO_CONTENT_UNTAGGED_SHARE = 0.8625; // measured 71 of 80 (0.8875) minus two texts

  static List<GoldRecord> gold(String name) {
    try (InputStream in = AccuracyRegressionTest.class.getResourceAsStream(name)) {
      return GoldStandard.read(in, name, Codebook.yaron2021()).records();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String report(String what, SchemeEvaluation s, Evaluation e, boolean dimensions) {
    StringBuilder sb = new StringBuilder(what).append(String.format(Locale.ROOT, ": macro F1 %.4f, micro F1 %.4f%n",
        s.macroF1(), s.microF1()));
    for (LabelMetrics m : s.labels()) {
      sb.append(String.format(Locale.ROOT, "  %-18s P %.3f R %.3f F1 %.3f kappa %s support %d%n", m.label(),
          m.precision(), m.recall(), m.f1(), m.kappa(), m.support()));
    }
    sb.append("misclassified:\n");
    for (Prediction p : e.predictions()) {
      boolean wrong = dimensions ? !p.dimensionsCorrect() : !p.interpretationsCorrect();
      if (wrong) {
        sb.append("  ").append(p.gold().id()).append(" gold ")
            .append(dimensions ? p.gold().dimensions() : p.gold().interpretations()).append(" predicted ")
            .append(dimensions ? p.predictedDimensions() : p.predictedInterpretations()).append(": ")
            .append(p.gold().text()).append('\n');
      }
    }
    return sb.toString();
  }

  static Evaluation evaluate(Tagger tagger, List<GoldRecord> records) {
    return new Evaluator(tagger).evaluate(records);
  }

  static List<GoldRecord> only(List<GoldRecord> records, Predicate<GoldRecord> p) {
    return records.stream().filter(p).collect(Collectors.toList());
  }

  @Test
  void developmentSetDimensions() {
    List<GoldRecord> dev = gold("reflections-dev.jsonl");
    Evaluation all = evaluate(TAGGER, dev);
    assertThat(all.dimensions().macroF1()).as(report("dev dimensions", all.dimensions(), all, true))
        .isGreaterThanOrEqualTo(DEV_DIMENSIONS_MACRO_F1);
    Evaluation nl = evaluate(TAGGER, only(dev, r -> r.lang() == Language.NL));
    assertThat(nl.dimensions().macroF1()).as(report("dev dimensions nl", nl.dimensions(), nl, true))
        .isGreaterThanOrEqualTo(DEV_DIMENSIONS_NL);
    Evaluation en = evaluate(TAGGER, only(dev, r -> r.lang() == Language.EN));
    assertThat(en.dimensions().macroF1()).as(report("dev dimensions en", en.dimensions(), en, true))
        .isGreaterThanOrEqualTo(DEV_DIMENSIONS_EN);
  }

  @Test
  void developmentSetInterpretations() {
    Evaluation e = evaluate(TAGGER, gold("statements-dev.jsonl"));
    assertThat(e.interpretations().macroF1()).as(report("dev interpretations", e.interpretations(), e, false))
        .isGreaterThanOrEqualTo(DEV_INTERPRETATIONS_MACRO_F1);
  }

  @Test
  void holdoutSets() {
    Evaluation d = evaluate(TAGGER, gold("reflections-holdout.jsonl"));
    assertThat(d.dimensions().macroF1()).as(report("holdout dimensions", d.dimensions(), d, true))
        .isGreaterThanOrEqualTo(HOLDOUT_DIMENSIONS_MACRO_F1);
    Evaluation i = evaluate(TAGGER, gold("statements-holdout.jsonl"));
    assertThat(i.interpretations().macroF1()).as(report("holdout interpretations", i.interpretations(), i, false))
        .isGreaterThanOrEqualTo(HOLDOUT_INTERPRETATIONS_MACRO_F1);
  }

  /** 100 English reflections by a writer who had not seen the lexicons or labelled sets (session 5); not tuned on. */
  @Test
  void freshEnglishSet() {
    Evaluation e = evaluate(TAGGER, gold("reflections-fresh-en.jsonl"));
    assertThat(e.dimensions().macroF1()).as(report("fresh English dimensions", e.dimensions(), e, true))
        .isGreaterThanOrEqualTo(FRESH_EN_DIMENSIONS_MACRO_F1);
  }

  @Test
  void textsWithoutPositiveHealthContentGetNoTags() {
    List<GoldRecord> none = new ArrayList<>();
    for (String f : List.of("reflections-dev.jsonl", "reflections-holdout.jsonl")) {
      none.addAll(only(gold(f), r -> r.dimensions().isEmpty() && r.interpretations().isEmpty()));
    }
    assertThat(none).hasSizeGreaterThanOrEqualTo(15);
    assertUntaggedShare(none, NO_CONTENT_UNTAGGED_SHARE);
  }

  /** Asserts that at least {@code floor} of the records get no tags, listing those that do on failure. */
  static void assertUntaggedShare(List<GoldRecord> records, double floor) {
    List<String> tagged = new ArrayList<>();
    for (GoldRecord r : records) {
      if (!TAGGER.tag(r.text(), r.lang()).isEmpty()) {
        tagged.add(r.id() + ": " + r.text() + " -> " + TAGGER.tag(r.text(), r.lang()));
      }
    }
    double share = 1.0 - (double) tagged.size() / records.size();
    assertThat(share).as("texts without PG content that got tags:\n" + String.join("\n", tagged))
        .isGreaterThanOrEqualTo(floor);
  }

  /**
   * 80 answers without PG content written for session 5 by a writer who had not seen the lexicons or labelled sets,
   * never tuned on (docs/accuracy.md). The floor is the measured share minus two texts; the target of the accuracy
   * issue (90%) is not met on this set.
   */
  @Test
  void freshTextsWithoutPositiveHealthContentMostlyGetNoTags() {
    List<GoldRecord> fresh = gold("no-content-holdout.jsonl");
    assertThat(fresh).hasSize(80).allMatch(r -> r.dimensions().isEmpty() && r.interpretations().isEmpty());
    assertUntaggedShare(fresh, FRESH_NO_CONTENT_UNTAGGED_SHARE);
  }

  @Test
  void taggerBeatsTheKeywordBaseline() {
    Tagger.Builder b = Tagger.builder().bundledLexicons(false);
    for (Language l : Language.values()) {
      for (Lexicon lex : KeywordBaseline.lexicons(l, AspectSet.mph2016(), Codebook.yaron2021())) {
        b.addLexicon(lex);
      }
    }
    Tagger baseline = b.build();
    List<GoldRecord> dev = gold("reflections-dev.jsonl");
    Evaluation base = evaluate(baseline, dev);
    Evaluation ours = evaluate(TAGGER, dev);
    System.out.printf(Locale.ROOT, "keyword baseline dev dimensions macro F1 %.4f, tagger %.4f%n",
        base.dimensions().macroF1(), ours.dimensions().macroF1());
    assertThat(ours.dimensions().macroF1()).isGreaterThan(base.dimensions().macroF1() + 0.15);
  }
}
