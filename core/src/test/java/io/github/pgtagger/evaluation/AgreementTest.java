package io.github.pgtagger.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementTest {
  private static final double EPS = 1e-12;

  @Test
  void cohenKappaWithThreeCategories() {
    // unit:   1 2 3 4 5 6
    // coder1: x x y y z z
    // coder2: x y y y z x
    // p_o = 4/6 (units 1, 3, 4, 5 agree)
    // coder1 marginals x 2/6, y 2/6, z 2/6; coder2 x 2/6, y 3/6, z 1/6
    // p_e = (1/3)(2/6) + (1/3)(3/6) + (1/3)(1/6) = 1/3
    // kappa = (2/3 - 1/3) / (1 - 1/3) = 0.5
    double k = Agreement.cohenKappa(List.of("x", "x", "y", "y", "z", "z"), List.of("x", "y", "y", "y", "z", "x"));
    assertThat(k).isCloseTo(0.5, within(EPS));
  }

  @Test
  void cohenKappaLeavesOutUnitsWithAMissingValue() {
    // the third unit is missing for coder2 and left out; the rest is the 2x2 table with kappa 0.5:
    // (T,T), (T,F), (F,F), (F,F)
    double k = Agreement.cohenKappa(Arrays.asList(true, true, true, false, false),
        Arrays.asList(true, false, null, false, false));
    assertThat(k).isCloseTo(0.5, within(EPS));
  }

  @Test
  void krippendorffAlphaNominalWithAMissingValue() {
    // 3 coders, 4 units, categories a/b, "-" = missing
    //   u1: a a a    u2: a a b    u3: b b b    u4: a b -
    // coincidences (each ordered pair of values in a unit weighs 1/(m_u - 1)):
    //   u1: 6 pairs (a,a) / 2 -> o_aa += 3
    //   u2: (a,a) x2, (a,b) x2, (b,a) x2, / 2 -> o_aa += 1, o_ab += 1, o_ba += 1
    //   u3: o_bb += 3
    //   u4: m=2 -> o_ab += 1, o_ba += 1
    // o_aa = 4, o_ab = o_ba = 2, o_bb = 3; n = 11, n_a = 6, n_b = 5
    // D_o = (o_ab + o_ba) / n = 4/11; D_e = 2 n_a n_b / (n (n - 1)) = 60/110 = 6/11
    // alpha = 1 - D_o / D_e = 1 - 4/6 = 1/3
    List<List<String>> units = List.of(
        Arrays.asList("a", "a", "a"),
        Arrays.asList("a", "a", "b"),
        Arrays.asList("b", "b", "b"),
        Arrays.asList("a", "b", null));
    assertThat(Agreement.krippendorffAlphaNominal(units)).isCloseTo(1.0 / 3.0, within(EPS));
  }

  @Test
  void alphaIsUndefinedWhenEveryoneUsesOneValue() {
    assertThat(Agreement.krippendorffAlphaNominal(List.of(List.of("a", "a"), List.of("a", "a")))).isNaN();
    assertThat(Agreement.cohenKappa(List.of("a", "a"), List.of("a", "a"))).isNaN();
    assertThat(Agreement.krippendorffAlphaNominal(List.of(Arrays.asList("a", null)))).isNaN();
  }

  @Test
  void masiDistances() {
    // J = |A and B| / |A or B|; M = 1 equal, 2/3 subset, 1/3 overlap, 0 disjoint; d = 1 - J*M
    assertThat(Agreement.masiDistance(Set.of("A"), Set.of("A"))).isZero();
    assertThat(Agreement.masiDistance(Set.of(), Set.of())).isZero();
    // {A,B} vs {A}: J = 1/2, M = 2/3 -> 1 - 1/3 = 2/3
    assertThat(Agreement.masiDistance(Set.of("A", "B"), Set.of("A"))).isCloseTo(2.0 / 3.0, within(EPS));
    // {A,B} vs {A,C}: J = 1/3, M = 1/3 -> 1 - 1/9 = 8/9
    assertThat(Agreement.masiDistance(Set.of("A", "B"), Set.of("A", "C"))).isCloseTo(8.0 / 9.0, within(EPS));
    // disjoint, and empty vs non-empty: J = 0 -> 1
    assertThat(Agreement.masiDistance(Set.of("A"), Set.of("B"))).isEqualTo(1.0);
    assertThat(Agreement.masiDistance(Set.of(), Set.of("B"))).isEqualTo(1.0);
  }

  @Test
  void multiLabelReportAgainstHandComputedValues() {
    // coders ann, bob; labels A, B
    //   u1: ann {A}    bob {A}
    //   u2: ann {A,B}  bob {A}
    //   u3: ann {}     bob {B}
    //   u4: ann {B}    bob {B}
    // Label A: ann T,T,F,F; bob T,T,F,F -> kappa 1, alpha 1
    // Label B: ann F,T,F,T; bob F,F,T,T
    //   kappa: p_o = 2/4, p_e = .5*.5 + .5*.5 = .5 -> 0
    //   alpha: o_FF = 2, o_TT = 2, o_TF = o_FT = 2; n = 8, n_T = n_F = 4
    //          D_o = 4/8 = 1/2; D_e = 2*4*4 / (8*7) = 4/7; alpha = 1 - (1/2)/(4/7) = 1/8
    // Pooled (8 decisions): A (T,T) (T,T) (F,F) (F,F), B (F,F) (T,F) (F,T) (T,T)
    //   kappa: p_o = 6/8, each coder T 4/8 -> p_e = .5 -> kappa = (.75 - .5)/.5 = .5
    //   alpha: o_TT = 6, o_FF = 6, o_TF = o_FT = 2; n = 16, n_T = n_F = 8
    //          D_o = 4/16; D_e = 2*8*8 / (16*15) = 8/15; alpha = 1 - (1/4)/(8/15) = 17/32
    // MASI alpha over the sets: values {A} x3, {A,B} x1, {} x1, {B} x3 (n = 8)
    //   d({A,B},{A}) = 2/3, d({A,B},{B}) = 2/3, every other pair of distinct sets 1
    //   D_o = (1/8) [2 * 2/3 + 2 * 1] = 5/12
    //   D_e = (1/(8*7)) * 2 * [1*3*(2/3) + 1*1*1 + 1*3*(2/3) + 3*1*1 + 3*3*1 + 1*3*1] = 2*20/56 = 5/7
    //         (pairs: AB-A, AB-{}, AB-B, A-{}, A-B, {}-B)
    //   alpha = 1 - (5/12)/(5/7) = 1 - 7/12 = 5/12
    AgreementReport r = Agreement.multiLabel(List.of("ann", "bob"), List.of("A", "B"), List.of(
        List.of(Set.of("A"), Set.of("A")),
        List.of(Set.of("A", "B"), Set.of("A")),
        List.of(Set.of(), Set.of("B")),
        List.of(Set.of("B"), Set.of("B"))));
    assertThat(r.units()).isEqualTo(4);
    AgreementReport.LabelAgreement a = r.label("A").orElseThrow();
    assertThat(a.alpha()).isCloseTo(1.0, within(EPS));
    assertThat(a.kappa("bob", "ann").orElseThrow().kappa()).isCloseTo(1.0, within(EPS));
    assertThat(a.positives()).containsExactly(java.util.Map.entry("ann", 2), java.util.Map.entry("bob", 2));
    AgreementReport.LabelAgreement b = r.label("B").orElseThrow();
    assertThat(b.alpha()).isCloseTo(1.0 / 8.0, within(EPS));
    assertThat(b.kappa("ann", "bob").orElseThrow().kappa()).isCloseTo(0.0, within(EPS));
    assertThat(r.alphaBinary()).isCloseTo(17.0 / 32.0, within(EPS));
    assertThat(r.kappa("ann", "bob").orElseThrow().kappa()).isCloseTo(0.5, within(EPS));
    assertThat(r.kappa("ann", "bob").orElseThrow().units()).isEqualTo(8);
    assertThat(r.alphaMasi()).isCloseTo(5.0 / 12.0, within(EPS));
  }

  @Test
  void multiLabelWithThreeCodersGivesEveryPair() {
    AgreementReport r = Agreement.multiLabel(List.of("a", "b", "c"), List.of("X"), List.of(
        List.of(Set.of("X"), Set.of("X"), Set.of()),
        List.of(Set.of(), Set.of(), Set.of("X"))));
    assertThat(r.kappas()).extracting(k -> k.coderA() + "-" + k.coderB()).containsExactly("a-b", "a-c", "b-c");
  }

  @Test
  void missingCodingsAreLeftOutOfPairs() {
    AgreementReport r = Agreement.multiLabel(List.of("a", "b"), List.of("X"), List.of(
        List.of(Set.of("X"), Set.of("X")),
        Arrays.asList(Set.of(), null),
        List.of(Set.of(), Set.of())));
    assertThat(r.label("X").orElseThrow().kappas().get(0).units()).isEqualTo(2);
    assertThat(r.label("X").orElseThrow().kappas().get(0).kappa()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void refusesBadShapes() {
    assertThatThrownBy(() -> Agreement.multiLabel(List.of("a"), List.of("X"), List.of()))
        .hasMessageContaining("at least two coders");
    assertThatThrownBy(() -> Agreement.multiLabel(List.of("a", "a"), List.of("X"), List.of()))
        .hasMessageContaining("unique");
    assertThatThrownBy(() -> Agreement.multiLabel(List.of("a", "b"), List.of("X"),
        List.of(List.of(Set.of("Y"), Set.of())))).hasMessageContaining("unknown label \"Y\"");
    assertThatThrownBy(() -> Agreement.multiLabel(List.of("a", "b"), List.of("X"),
        List.of(List.of(Set.of())))).hasMessageContaining("1 codings but there are 2 coders");
  }
}
