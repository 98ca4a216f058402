package io.github.pgtagger.model;

/**
 * Whether the evidence for a tag states its topic or negates it. A negated topic ("geen pijn meer",
 * "not lonely any more") still carries the tag: the dimension is talked about.
 */
public enum Polarity {
  /** All evidence states the topic. */
  AFFIRMED,
  /** All evidence negates the topic. */
  NEGATED,
  /** Some evidence states and some negates the topic. */
  MIXED;

  /** The polarity of a tag whose evidence has the given counts of negated and affirmed items. */
  public static Polarity of(int affirmed, int negated) {
    if (negated == 0) {
      return AFFIRMED;
    }
    return affirmed == 0 ? NEGATED : MIXED;
  }
}
