package io.github.pgtagger.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelMetricsTest {
  private static final double EPS = 1e-12;

  @Test
  void kappaIsExactlyOneHalfForTheSmallTable() {
    // gold x tagger over 4 texts: TP=1, FP=0, FN=1, TN=2.
    // observed agreement p_o = (1 + 2) / 4 = 0.75
    // gold positive 2/4 = 0.5, tagger positive 1/4 = 0.25
    // chance agreement p_e = 0.5 * 0.25 + 0.5 * 0.75 = 0.5
    // kappa = (0.75 - 0.5) / (1 - 0.5) = 0.5
    // precision = 1 / 1 = 1, recall = 1 / 2 = 0.5, F1 = 2*1 / (2*1 + 0 + 1) = 2/3
    LabelMetrics m = LabelMetrics.of("X", 1, 0, 1, 2);
    assertThat(m.kappa()).isCloseTo(0.5, within(EPS));
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(0.5);
    assertThat(m.f1()).isCloseTo(2.0 / 3.0, within(EPS));
    assertThat(m.support()).isEqualTo(2);
    assertThat(m.predicted()).isEqualTo(1);
    assertThat(m.texts()).isEqualTo(4);
  }

  @Test
  void scoresOfALargerTable() {
    // TP=20, FP=5, FN=10, TN=15, n = 50.
    // precision = 20/25 = 0.8; recall = 20/30 = 2/3; F1 = 40 / (40 + 5 + 10) = 40/55 = 8/11
    // p_o = 35/50 = 0.7; gold positive 30/50 = 0.6; tagger positive 25/50 = 0.5
    // p_e = 0.6*0.5 + 0.4*0.5 = 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.4
    LabelMetrics m = LabelMetrics.of("X", 20, 5, 10, 15);
    assertThat(m.precision()).isCloseTo(0.8, within(EPS));
    assertThat(m.recall()).isCloseTo(2.0 / 3.0, within(EPS));
    assertThat(m.f1()).isCloseTo(8.0 / 11.0, within(EPS));
    assertThat(m.kappa()).isCloseTo(0.4, within(EPS));
  }

  @Test
  void nothingPredictedGivesZeroPrecisionWhenTheGoldHasTheLabel() {
    // TP=0, FP=0, FN=3, TN=5: precision 0/0 -> 0 (zero_division=0), recall 0/3 = 0, F1 0/3 = 0
    // tagger constant "absent", gold not: p_o = 5/8, p_e = (3/8)*0 + (5/8)*1 = 5/8, kappa = 0
    LabelMetrics m = LabelMetrics.of("X", 0, 0, 3, 5);
    assertThat(m.precision()).isZero();
    assertThat(m.recall()).isZero();
    assertThat(m.f1()).isZero();
    assertThat(m.kappa()).isCloseTo(0.0, within(EPS));
    assertThat(m.occurs()).isTrue();
  }

  @Test
  void predictedWithoutGoldPositivesGivesZeroRecall() {
    // TP=0, FP=2, FN=0, TN=6: precision 0/2 = 0, recall 0/0 -> 0, F1 = 0/2 = 0
    LabelMetrics m = LabelMetrics.of("X", 0, 2, 0, 6);
    assertThat(m.precision()).isZero();
    assertThat(m.recall()).isZero();
    assertThat(m.f1()).isZero();
  }

  @Test
  void aLabelThatOccursNowhereIsUndefined() {
    // TP=FP=FN=0: nothing to score; both coders constant "absent", so kappa is undefined too
    LabelMetrics m = LabelMetrics.of("X", 0, 0, 0, 7);
    assertThat(m.occurs()).isFalse();
    assertThat(m.precision()).isNaN();
    assertThat(m.recall()).isNaN();
    assertThat(m.f1()).isNaN();
    assertThat(m.kappa()).isNaN();
  }

  @Test
  void perfectAgreementOnAConstantPositiveLabelHasUndefinedKappaButPerfectF1() {
    // every text has the label in gold and prediction: F1 = 1, but p_e = 1 so kappa = 0/0
    LabelMetrics m = LabelMetrics.of("X", 4, 0, 0, 0);
    assertThat(m.f1()).isEqualTo(1.0);
    assertThat(m.kappa()).isNaN();
  }

  @Test
  void schemeScoresFromLabelSets() {
    // 4 texts, labels A, B, C, D
    //   t1 gold {A,B} pred {A}     t2 gold {A} pred {A,C}
    //   t3 gold {}    pred {}      t4 gold {B} pred {B}
    // A: TP=2 FP=0 FN=0 TN=2 -> P=1 R=1 F1=1; p_o=1, p_e=.5*.5+.5*.5=.5, kappa=1
    // B: TP=1 FP=0 FN=1 TN=2 -> P=1 R=.5 F1=2/3; kappa=.5 (table of the first test)
    // C: TP=0 FP=1 FN=0 TN=3 -> P=0 R=0 F1=0; p_o=.75, p_e=0*.25+1*.75=.75, kappa=0
    // D: occurs nowhere -> undefined, left out of the macro average
    // macro F1 = (1 + 2/3 + 0) / 3 = 5/9; micro F1 = 2*3 / (2*3 + 1 + 1) = 0.75
    SchemeEvaluation e = SchemeEvaluation.compute(List.of("A", "B", "C", "D"),
        List.of(Set.of("A", "B"), Set.of("A"), Set.of(), Set.of("B")),
        List.of(Set.of("A"), Set.of("A", "C"), Set.of(), Set.of("B")));
    assertThat(e.macroF1()).isCloseTo(5.0 / 9.0, within(EPS));
    assertThat(e.microF1()).isCloseTo(0.75, within(EPS));
    LabelMetrics a = e.label("A").orElseThrow();
    assertThat(a.f1()).isEqualTo(1.0);
    assertThat(a.kappa()).isCloseTo(1.0, within(EPS));
    LabelMetrics b = e.label("B").orElseThrow();
    assertThat(b.truePositives()).isEqualTo(1);
    assertThat(b.falseNegatives()).isEqualTo(1);
    assertThat(b.trueNegatives()).isEqualTo(2);
    assertThat(b.kappa()).isCloseTo(0.5, within(EPS));
    LabelMetrics c = e.label("C").orElseThrow();
    assertThat(c.falsePositives()).isEqualTo(1);
    assertThat(c.f1()).isZero();
    assertThat(c.kappa()).isCloseTo(0.0, within(EPS));
    assertThat(e.label("D").orElseThrow().f1()).isNaN();
    assertThat(e.labels()).extracting(LabelMetrics::label).containsExactly("A", "B", "C", "D");
  }

  @Test
  void schemeWithNoLabelAnywhereHasUndefinedAverages() {
    SchemeEvaluation e = SchemeEvaluation.compute(List.of("A"), List.of(Set.of(), Set.of()),
        List.of(Set.of(), Set.of()));
    assertThat(e.macroF1()).isNaN();
    assertThat(e.microF1()).isNaN();
  }

  @Test
  void refusesUnknownLabelsAndMismatchedLengths() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemeEvaluation.compute(List.of("A"),
        List.of(Set.of("B")), List.of(Set.of()))).hasMessageContaining("\"B\"");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemeEvaluation.compute(List.of("A"),
        List.of(Set.of()), List.of())).hasMessageContaining("1 texts");
  }
}
