package io.github.pgtagger.evaluation;

import java.util.Objects;

/**
 * The scores of one label over a set of texts, from the 2x2 table of the gold coder against the tagger (label
 * present or absent in each text).
 *
 * <p>Conventions: {@code precision = TP / (TP + FP)}, {@code recall = TP / (TP + FN)}, {@code f1 = 2TP / (2TP + FP
 * + FN)}. A ratio whose denominator is 0 is 0 when the label occurs elsewhere in the table (as scikit-learn with
 * {@code zero_division=0}) and {@link Double#NaN} (undefined) when the label occurs in neither the gold standard
 * nor the predictions ({@code TP + FP + FN = 0}). {@code kappa} is Cohen's kappa of the 2x2 table (computed with
 * DKPro Statistics); it is {@code NaN} when both coders give every text the same value (expected agreement 1) or
 * there are no texts.
 *
 * @param label the label code
 * @param truePositives texts where gold and tagger both have the label
 * @param falsePositives texts where only the tagger has the label
 * @param falseNegatives texts where only the gold standard has the label
 * @param trueNegatives texts where neither has the label
 * @param precision TP / (TP + FP), see the conventions above
 * @param recall TP / (TP + FN), see the conventions above
 * @param f1 harmonic mean of precision and recall, 2TP / (2TP + FP + FN)
 * @param kappa Cohen's kappa, or NaN when undefined
 */
public record LabelMetrics(
    String label,
    int truePositives,
    int falsePositives,
    int falseNegatives,
    int trueNegatives,
    double precision,
    double recall,
    double f1,
    double kappa) {

  /** Validates the label and that the counts are not negative. */
  public LabelMetrics {
    Objects.requireNonNull(label, "label");
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
      throw new IllegalArgumentException("counts must not be negative for " + label);
    }
  }

  /** Computes precision, recall, F1 and kappa from the four counts. */
  public static LabelMetrics of(String label, int truePositives, int falsePositives, int falseNegatives,
      int trueNegatives) {
    boolean occurs = truePositives + falsePositives + falseNegatives > 0;
    double precision = ratio(truePositives, truePositives + falsePositives, occurs);
    double recall = ratio(truePositives, truePositives + falseNegatives, occurs);
    double f1 = ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives, occurs);
    double kappa = AgreementMath.binaryKappa(truePositives, falsePositives, falseNegatives, trueNegatives);
    return new LabelMetrics(label, truePositives, falsePositives, falseNegatives, trueNegatives, precision,
        recall, f1, kappa);
  }

  private static double ratio(double numerator, double denominator, boolean occurs) {
    if (denominator == 0) {
      return occurs ? 0.0 : Double.NaN;
    }
    return numerator / denominator;
  }

  /** The number of texts with the label in the gold standard: TP + FN. */
  public int support() {
    return truePositives + falseNegatives;
  }

  /** The number of texts the tagger gave the label: TP + FP. */
  public int predicted() {
    return truePositives + falsePositives;
  }

  /** The number of texts: TP + FP + FN + TN. */
  public int texts() {
    return truePositives + falsePositives + falseNegatives + trueNegatives;
  }

  /** True when the label occurs in the gold standard or in the predictions (TP + FP + FN &gt; 0). */
  public boolean occurs() {
    return truePositives + falsePositives + falseNegatives > 0;
  }
}
