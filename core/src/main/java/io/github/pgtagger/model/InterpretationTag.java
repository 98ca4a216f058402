package io.github.pgtagger.model;

import java.util.List;
import java.util.Objects;

/**
 * An interpretation of Positive Health, from the tagger's {@link Codebook}, assigned to a text.
 *
 * @param code the interpretation code, e.g. {@code MOVEMENT}
 * @param score confidence in (0, 1]
 * @param polarity whether the evidence states or negates the topic
 * @param evidence the supporting spans, in text order
 */
public record InterpretationTag(String code, double score, Polarity polarity, List<Evidence> evidence) {
  /** Copies the list and validates the score. */
  public InterpretationTag {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(polarity, "polarity");
    evidence = List.copyOf(evidence);
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in (0, 1]: " + score);
    }
  }
}
