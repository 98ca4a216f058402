package io.github.pgtagger.lexicon;

import io.github.pgtagger.internal.EncodedStrings;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a lexicon: words and phrases that signal a label (and, for dimensions, one aspect), with sentences
 * that must and must not match it.
 *
 * @param id identifier, unique within its lexicon
 * @param label dimension or interpretation code
 * @param aspect aspect id for dimension entries, or null
 * @param terms single words; matched after the same analysis as the text (case, diacritics, stemming, compounds)
 * @param phrases multi-word expressions matched in order, with up to {@code slop} other words in between
 * @param weight relative weight in (0, 5], default 1
 * @param slop extra words allowed between the words of a phrase, 0 to 5, default 1
 * @param matchExamples sentences this entry must match
 * @param noMatchExamples sentences this entry must not match
 */
public record LexiconEntry(
    String id,
    String label,
    String aspect,
    List<String> terms,
    List<String> phrases,
    double weight,
    int slop,
    List<String> matchExamples,
    List<String> noMatchExamples) {
  /** Default weight of an entry. */
  public static final double DEFAULT_WEIGHT = 1.0;
  /** Largest weight allowed. */
  public static final double MAX_WEIGHT = 5.0;
  /** Default slop of phrases. */
  public static final int DEFAULT_SLOP = 1;
  /** Largest slop allowed. */
  public static final int MAX_SLOP = 5;

  /** Copies the lists and checks ranges. */
  public LexiconEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    terms = List.copyOf(terms);
    phrases = phrases instanceof EncodedStrings ? phrases : List.copyOf(phrases);
    matchExamples = matchExamples instanceof EncodedStrings ? matchExamples : List.copyOf(matchExamples);
    noMatchExamples = noMatchExamples instanceof EncodedStrings ? noMatchExamples : List.copyOf(noMatchExamples);
    if (!(weight > 0 && weight <= MAX_WEIGHT)) {
      throw new IllegalArgumentException("weight must be in (0, " + MAX_WEIGHT + "]: " + weight);
    }
    if (slop < 0 || slop > MAX_SLOP) {
      throw new IllegalArgumentException("slop must be in [0, " + MAX_SLOP + "]: " + slop);
    }
    if (terms.isEmpty() && phrases.isEmpty()) {
      throw new IllegalArgumentException("entry " + id + " has neither terms nor phrases");
    }
  }
}
