package io.github.pgtagger.model;

import java.util.List;
import java.util.Objects;

/**
 * A dimension assigned to a text.
 *
 * @param dimension the dimension
 * @param score confidence in (0, 1]; comparable between texts of one tagger configuration
 * @param aspects the aspects of the dimension that the evidence speaks to, most supported first
 * @param polarity whether the evidence states or negates the topic
 * @param evidence the supporting spans, in text order
 */
public record DimensionTag(
    Dimension dimension, double score, List<Aspect> aspects, Polarity polarity, List<Evidence> evidence) {
  /** Copies the lists and validates the score. */
  public DimensionTag {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(polarity, "polarity");
    aspects = List.copyOf(aspects);
    evidence = List.copyOf(evidence);
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in (0, 1]: " + score);
    }
  }

  /** The stable code of the dimension. */
  public String code() {
    return dimension.code();
  }
}
