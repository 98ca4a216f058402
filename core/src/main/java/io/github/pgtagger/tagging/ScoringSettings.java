package io.github.pgtagger.tagging;

/**
 * Parameters of the scoring: Lucene BM25 {@code k1} and {@code b}, the expected text length in content words
 * (BM25's average document length), the boost of phrases over single terms, and the saturation constant that maps
 * a label's summed BM25 score {@code s} to {@code s / (s + saturation)} in (0, 1), and the damping of dimension
 * scores in texts without a first- or second-person word.
 *
 * @param k1 BM25 term-frequency saturation, in [0, 3]
 * @param b BM25 length normalisation, in [0, 1]
 * @param expectedTextLength typical text length in content words, in [1, 10000]
 * @param phraseBoost multiplier of a phrase's weight, in (0, 10]
 * @param saturation the raw score that maps to 0.5, in (0, 100]
 * @param impersonalFactor multiplier of the raw dimension scores of a text with no first- or second-person word
 *     (ik, mijn, we, je; I, my, we, you), in (0, 1]: reflections are about the writer, timetables and recipes are
 *     not; 1 switches it off
 */
public record ScoringSettings(float k1, float b, double expectedTextLength, double phraseBoost, double saturation,
    double impersonalFactor) {
  /** The defaults: k1 1.2, b 0.5, expected length 20, phrase boost 1.5, saturation 1, impersonal factor 0.6. */
  public static final ScoringSettings DEFAULTS = new ScoringSettings(1.2f, 0.5f, 20, 1.5, 1.0, 0.6);

  /** Settings with the default impersonal factor. */
  public ScoringSettings(float k1, float b, double expectedTextLength, double phraseBoost, double saturation) {
    this(k1, b, expectedTextLength, phraseBoost, saturation, 0.6);
  }

  /** Validates every parameter and names the one out of range. */
  public ScoringSettings {
    check("k1", k1, 0, 3, true);
    check("b", b, 0, 1, true);
    check("expectedTextLength", expectedTextLength, 1, 10_000, true);
    check("phraseBoost", phraseBoost, 0, 10, false);
    check("saturation", saturation, 0, 100, false);
    check("impersonalFactor", impersonalFactor, 0, 1, false);
  }

  private static void check(String name, double v, double lo, double hi, boolean loInclusive) {
    boolean ok = (loInclusive ? v >= lo : v > lo) && v <= hi && !Double.isNaN(v);
    if (!ok) {
      throw new IllegalArgumentException("scoring parameter " + name + " = " + v + " is out of range "
          + (loInclusive ? "[" : "(") + lo + ", " + hi + "]");
    }
  }
}
