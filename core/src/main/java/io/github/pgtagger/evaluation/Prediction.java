package io.github.pgtagger.evaluation;

import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.TaggingResult;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tagger's output for one gold text, kept so that a caller can list and inspect misclassified texts.
 *
 * <p>Every assigned tag counts as a predicted label, whatever its polarity.
 *
 * @param gold the gold record
 * @param result the tagger's full result, with scores and evidence
 */
public record Prediction(GoldRecord gold, TaggingResult result) {
  /** Validates that nothing is null. */
  public Prediction {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(result, "result");
  }

  /** The predicted dimension codes, in sorted order. */
  public Set<String> predictedDimensions() {
    TreeSet<String> s = new TreeSet<>();
    for (DimensionTag t : result.dimensions()) {
      s.add(t.dimension().code());
    }
    return Collections.unmodifiableSortedSet(s);
  }

  /** The predicted interpretation codes, in sorted order. */
  public Set<String> predictedInterpretations() {
    TreeSet<String> s = new TreeSet<>();
    for (InterpretationTag t : result.interpretations()) {
      s.add(t.code());
    }
    return Collections.unmodifiableSortedSet(s);
  }

  /** True when the predicted dimensions equal the gold dimensions. */
  public boolean dimensionsCorrect() {
    return predictedDimensions().equals(gold.dimensions());
  }

  /** True when the predicted interpretations equal the gold interpretations. */
  public boolean interpretationsCorrect() {
    return predictedInterpretations().equals(gold.interpretations());
  }

  /** True when both label sets equal the gold ones. */
  public boolean correct() {
    return dimensionsCorrect() && interpretationsCorrect();
  }
}
