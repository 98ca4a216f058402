package io.github.pgtagger.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.tagging.Tagger;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static Tagger tagger;

  /**
   * A tagger with only the small test lexicons (pijn -> BODILY_FUNCTIONS, eenzaam -> PARTICIPATION, ambassadeur ->
   * MOVEMENT) and a low threshold for every label, so that the expected tags do not depend on the bundled
   * lexicons or the calibrated thresholds.
   */
  @BeforeAll
  static void buildTagger() throws Exception {
    Tagger.Builder b = Tagger.builder().languages(Language.NL).bundledLexicons(false)
        .addLexicon(resource("test-lexicon-nl-dimensions.json"))
        .addLexicon(resource("test-lexicon-nl-interpretations.json"));
    for (Dimension d : Dimension.values()) {
      b.labelThreshold(d.code(), 0.01);
    }
    for (String code : Codebook.yaron2021().codes()) {
      b.labelThreshold(code, 0.01);
    }
    tagger = b.build();
  }

  private static Path resource(String name) throws Exception {
    return Path.of(EvaluatorTest.class.getResource(name).toURI());
  }

  @Test
  void scoresTaggerOutputAgainstGold() {
    // the tagger's labels for these texts are asserted first, so the expected counts below follow by hand
    String pain = "Mijn rug doet al weken pijn en ik slaap daardoor slecht.";
    String lonely = "Ik voel me eenzaam sinds mijn vrienden weg zijn.";
    String meeting = "Als ambassadeur open ik de vergadering om tien uur.";
    assertThat(new Prediction(gold("x", pain, Set.of()), tagger.tag(pain, Language.NL)).predictedDimensions())
        .containsExactly("BODILY_FUNCTIONS");
    assertThat(tagger.tag(lonely, Language.NL).dimensions()).extracting(t -> t.dimension().code())
        .containsExactly("PARTICIPATION");
    assertThat(tagger.tag(meeting, Language.NL).dimensions()).isEmpty();
    assertThat(tagger.tag(meeting, Language.NL).interpretations()).extracting(t -> t.code())
        .containsExactly("MOVEMENT");

    // gold: pain {BODILY_FUNCTIONS, MENTAL_WELLBEING}, lonely {PARTICIPATION}, meeting {DAILY_FUNCTIONING}
    // BODILY_FUNCTIONS: TP 1, FP 0, FN 0, TN 2 -> F1 1
    // MENTAL_WELLBEING: TP 0, FP 0, FN 1, TN 2 -> P 0 (nothing predicted), R 0, F1 0
    // PARTICIPATION:    TP 1, FP 0, FN 0, TN 2 -> F1 1
    // DAILY_FUNCTIONING: TP 0, FP 0, FN 1, TN 2 -> F1 0
    // MEANINGFULNESS, QUALITY_OF_LIFE occur nowhere -> left out of macro
    // macro F1 = (1 + 0 + 1 + 0) / 4 = 0.5; micro F1 = 2*2 / (2*2 + 0 + 2) = 2/3
    Evaluation e = new Evaluator(tagger).evaluate(List.of(
        gold("p", pain, Set.of("BODILY_FUNCTIONS", "MENTAL_WELLBEING")),
        gold("l", lonely, Set.of("PARTICIPATION")),
        gold("m", meeting, Set.of("DAILY_FUNCTIONING"))));
    assertThat(e.dimensions().macroF1()).isEqualTo(0.5);
    assertThat(e.dimensions().microF1()).isEqualTo(2.0 / 3.0);
    assertThat(e.dimensions().label("MENTAL_WELLBEING").orElseThrow().falseNegatives()).isEqualTo(1);
    assertThat(e.dimensions().label("QUALITY_OF_LIFE").orElseThrow().f1()).isNaN();
    assertThat(e.predictions()).extracting(p -> p.gold().id()).containsExactly("p", "l", "m");
    assertThat(e.misclassified()).extracting(p -> p.gold().id()).containsExactly("p", "m");
    // interpretations: gold has none; MOVEMENT predicted for "m" -> TP 0, FP 1: F1 0, macro 0, micro 0
    assertThat(e.interpretations().label("MOVEMENT").orElseThrow().falsePositives()).isEqualTo(1);
    assertThat(e.interpretations().macroF1()).isZero();
    assertThat(e.interpretations().microF1()).isZero();
    assertThat(e.interpretations().label("BROAD_VIEW").orElseThrow().f1()).isNaN();
  }

  @Test
  void countsAddUpOnTheDevelopmentSet() throws Exception {
    GoldStandard gold;
    try (InputStream in = EvaluatorTest.class.getResourceAsStream("reflections-dev.jsonl")) {
      gold = GoldStandard.read(in, "reflections-dev.jsonl", Codebook.yaron2021());
    }
    // the bundled lexicons and defaults: the scores change as lexicons grow, the bookkeeping must not
    Evaluation e = new Evaluator(Tagger.defaults()).evaluate(gold);
    assertThat(e.predictions()).hasSize(gold.size());
    for (LabelMetrics m : e.dimensions().labels()) {
      assertThat(m.texts()).isEqualTo(gold.size());
      long goldCount = gold.records().stream().filter(r -> r.dimensions().contains(m.label())).count();
      long predicted = e.predictions().stream().filter(p -> p.predictedDimensions().contains(m.label())).count();
      assertThat(m.support()).isEqualTo(goldCount);
      assertThat(m.predicted()).isEqualTo(predicted);
    }
    long wrong = e.predictions().stream().filter(p -> !p.predictedDimensions().equals(p.gold().dimensions())
        || !p.predictedInterpretations().equals(p.gold().interpretations())).count();
    assertThat(e.misclassified()).hasSize((int) wrong);
  }

  @Test
  void refusesCodesOutsideTheTaggersCodebookAndNamesTheRecord() {
    GoldRecord r = new GoldRecord("r9", Language.NL, "tekst", Set.of(), Set.of("UNKNOWN_CODE"));
    assertThatThrownBy(() -> new Evaluator(tagger).evaluate(List.of(r)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"r9\"").hasMessageContaining("UNKNOWN_CODE");
  }

  @Test
  void namesTheRecordWhenATextCannotBeTagged() {
    Tagger small = Tagger.builder().languages(Language.NL).bundledLexicons(false).maxTextLength(10).build();
    GoldRecord r = new GoldRecord("long-one", Language.NL, "Dit is een veel te lange tekst.", Set.of(), Set.of());
    assertThatThrownBy(() -> new Evaluator(small).evaluate(List.of(r)))
        .hasMessageContaining("\"long-one\"").hasMessageContaining("cannot tag");
  }

  private static GoldRecord gold(String id, String text, Set<String> dimensions) {
    return new GoldRecord(id, Language.NL, text, dimensions, Set.of());
  }
}
