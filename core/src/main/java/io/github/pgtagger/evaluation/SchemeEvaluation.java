package io.github.pgtagger.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scores of one tagging scheme (dimensions or interpretations) over a set of texts.
 *
 * <p>{@code macroF1} is the unweighted mean of the F1 of the labels that occur in the gold standard or in the
 * predictions ({@link LabelMetrics#occurs()}); labels that occur in neither are left out because their F1 is
 * undefined. {@code microF1} pools every text-label decision: {@code 2 sum(TP) / (2 sum(TP) + sum(FP) + sum(FN))}.
 * Both are {@link Double#NaN} when no label occurs at all.
 *
 * @param labels one entry per label of the scheme, in the scheme's order
 * @param macroF1 mean F1 over the labels that occur, or NaN
 * @param microF1 F1 over all text-label decisions, or NaN
 */
public record SchemeEvaluation(List<LabelMetrics> labels, double macroF1, double microF1) {
  /** Copies the list. */
  public SchemeEvaluation {
    labels = List.copyOf(labels);
  }

  /** Computes the scores from per-label metrics. */
  public static SchemeEvaluation of(List<LabelMetrics> labels) {
    double sumF1 = 0;
    int occurring = 0;
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (LabelMetrics m : labels) {
      tp += m.truePositives();
      fp += m.falsePositives();
      fn += m.falseNegatives();
      if (m.occurs()) {
        sumF1 += m.f1();
        occurring++;
      }
    }
    double macro = occurring == 0 ? Double.NaN : sumF1 / occurring;
    double micro = tp + fp + fn == 0 ? Double.NaN : 2.0 * tp / (2.0 * tp + fp + fn);
    return new SchemeEvaluation(labels, macro, micro);
  }

  /**
   * Scores predicted label sets against gold label sets, text by text.
   *
   * @param labels the labels of the scheme, in the order to report them
   * @param gold the gold labels of each text
   * @param predicted the predicted labels of each text, in the same order as {@code gold}
   * @throws IllegalArgumentException when the lists differ in length or a set holds a label not in {@code labels}
   */
  public static SchemeEvaluation compute(List<String> labels, List<? extends Set<String>> gold,
      List<? extends Set<String>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " texts but predictions have "
          + predicted.size());
    }
    Set<String> known = new LinkedHashSet<>(labels);
    if (known.size() != labels.size()) {
      throw new IllegalArgumentException("duplicate label in " + labels);
    }
    for (int i = 0; i < gold.size(); i++) {
      checkKnown(known, gold.get(i), "gold", i);
      checkKnown(known, predicted.get(i), "predicted", i);
    }
    List<LabelMetrics> out = new ArrayList<>(labels.size());
    for (String label : labels) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean g = gold.get(i).contains(label);
        boolean p = predicted.get(i).contains(label);
        if (g && p) {
          tp++;
        } else if (p) {
          fp++;
        } else if (g) {
          fn++;
        } else {
          tn++;
        }
      }
      out.add(LabelMetrics.of(label, tp, fp, fn, tn));
    }
    return of(out);
  }

  private static void checkKnown(Set<String> known, Set<String> codes, String what, int index) {
    for (String c : codes) {
      if (!known.contains(c)) {
        throw new IllegalArgumentException(what + " labels of text " + index + " contain \"" + c
            + "\", which is not one of " + known);
      }
    }
  }

  /** The metrics of one label, if it belongs to the scheme. */
  public Optional<LabelMetrics> label(String code) {
    return labels.stream().filter(m -> m.label().equals(code)).findFirst();
  }
}
