package io.github.pgtagger.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Agreement among coders who gave sets of labels to the same units (see {@link Agreement#multiLabel}). Values that
 * are undefined (every coder used one and the same value, or no unit was coded by two coders) are
 * {@link Double#NaN}.
 *
 * @param coders the coder names, in input order
 * @param units the number of units
 * @param labels per label: each label as a binary variable (present or absent), in label order
 * @param alphaBinary Krippendorff's alpha (nominal) over all unit-label decisions pooled
 * @param alphaMasi Krippendorff's alpha over the label sets with the MASI distance
 * @param kappas Cohen's kappa for each pair of coders over all unit-label decisions pooled
 */
public record AgreementReport(List<String> coders, int units, List<LabelAgreement> labels, double alphaBinary,
    double alphaMasi, List<PairKappa> kappas) {
  /** Copies the lists. */
  public AgreementReport {
    coders = List.copyOf(coders);
    labels = List.copyOf(labels);
    kappas = List.copyOf(kappas);
  }

  /** The agreement on one label, if it was part of the study. */
  public Optional<LabelAgreement> label(String code) {
    return labels.stream().filter(l -> l.label().equals(code)).findFirst();
  }

  /**
   * Agreement on one label, coded present or absent per unit.
   *
   * @param label the label code
   * @param positives per coder (in coder order), the number of units the coder gave this label
   * @param alpha Krippendorff's alpha (nominal) among all coders, or NaN
   * @param kappas Cohen's kappa for each pair of coders
   */
  public record LabelAgreement(String label, Map<String, Integer> positives, double alpha,
      List<PairKappa> kappas) {
    /** Copies the map (keeping its order) and the list. */
    public LabelAgreement {
      Objects.requireNonNull(label, "label");
      positives = Collections.unmodifiableMap(new LinkedHashMap<>(positives));
      kappas = List.copyOf(kappas);
    }

    /** The kappa of a pair of coders, in either order, if both took part. */
    public Optional<PairKappa> kappa(String coder1, String coder2) {
      return find(kappas, coder1, coder2);
    }
  }

  /** The pooled kappa of a pair of coders, in either order, if both took part. */
  public Optional<PairKappa> kappa(String coder1, String coder2) {
    return find(kappas, coder1, coder2);
  }

  private static Optional<PairKappa> find(List<PairKappa> kappas, String coder1, String coder2) {
    return kappas.stream().filter(k -> k.coderA().equals(coder1) && k.coderB().equals(coder2)
        || k.coderA().equals(coder2) && k.coderB().equals(coder1)).findFirst();
  }

  /**
   * Cohen's kappa of two coders.
   *
   * @param coderA the first coder
   * @param coderB the second coder
   * @param units the number of units (or unit-label decisions) both coded
   * @param kappa Cohen's kappa, or NaN when undefined
   */
  public record PairKappa(String coderA, String coderB, int units, double kappa) {
    /** Validates that the names are present. */
    public PairKappa {
      Objects.requireNonNull(coderA, "coderA");
      Objects.requireNonNull(coderB, "coderB");
    }
  }
}
