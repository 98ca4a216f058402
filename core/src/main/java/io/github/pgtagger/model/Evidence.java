package io.github.pgtagger.model;

import java.util.Objects;

/**
 * A span of the original text that supports a tag.
 *
 * @param start offset of the first char, inclusive, in the original string
 * @param end offset after the last char, exclusive; {@code text.equals(input.substring(start, end))}
 * @param text the covered text, exactly as in the input
 * @param entry id of the lexicon entry that matched
 * @param term the lexicon term or phrase of that entry that matched, as written in the lexicon
 * @param negated whether a negation cue ("geen", "niet", "not", ...) governs this span
 */
public record Evidence(int start, int end, String text, String entry, String term, boolean negated) {
  /** Validates offsets and that the text length equals the span length. */
  public Evidence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(term, "term");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "bad evidence span [" + start + ", " + end + ") for text of length " + text.length());
    }
  }
}
