package io.github.pgtagger.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The result of evaluating a tagger on a gold standard: scores per scheme and the tagger's output per text.
 *
 * @param dimensions the scores of the six dimensions
 * @param interpretations the scores of the codebook's interpretations
 * @param predictions one entry per gold text, in gold order
 */
public record Evaluation(SchemeEvaluation dimensions, SchemeEvaluation interpretations,
    List<Prediction> predictions) {
  /** Copies the list. */
  public Evaluation {
    Objects.requireNonNull(dimensions, "dimensions");
    Objects.requireNonNull(interpretations, "interpretations");
    predictions = List.copyOf(predictions);
  }

  /** The texts whose predicted dimensions or interpretations differ from the gold ones, in gold order. */
  public List<Prediction> misclassified() {
    return predictions.stream().filter(p -> !p.correct()).toList();
  }
}
