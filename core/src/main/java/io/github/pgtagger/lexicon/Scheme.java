package io.github.pgtagger.lexicon;

import java.util.Locale;

/** What a lexicon's labels are: dimensions of Positive Health, or interpretations from a codebook. */
public enum Scheme {
  /** Labels are {@link io.github.pgtagger.model.Dimension} codes; entries name an aspect. */
  DIMENSIONS,
  /** Labels are codes of the tagger's {@link io.github.pgtagger.model.Codebook}. */
  INTERPRETATIONS;

  /** The name used in lexicon files: {@code dimensions} or {@code interpretations}. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the file name of a scheme; null when unknown. */
  static Scheme fromFileName(String s) {
    for (Scheme v : values()) {
      if (v.fileName().equals(s)) {
        return v;
      }
    }
    return null;
  }
}
