package io.github.pgtagger.tagging;

import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the examples that lexicon entries carry: every {@code match} sentence must match its entry and every
 * {@code noMatch} sentence must not. Lexicons are data that test themselves; this is the one generic test.
 */
public final class LexiconExamples {
  private LexiconExamples() {}

  /**
   * A failed example.
   *
   * @param source the lexicon file
   * @param entryId the entry
   * @param expectedMatch whether the sentence was a {@code match} example
   * @param sentence the example sentence
   * @param analysis the analysed tokens of the sentence, to see why it (did not) match
   */
  public record Failure(String source, String entryId, boolean expectedMatch, String sentence, String analysis) {
    @Override
    public String toString() {
      return source + ": entry \"" + entryId + "\": " + (expectedMatch ? "should match" : "should not match")
          + ": \"" + sentence + "\"  tokens: " + analysis;
    }
  }

  /** Checks every example of a lexicon with a tagger that includes it; returns the failures, empty when all pass. */
  public static List<Failure> check(Tagger tagger, Lexicon lexicon) {
    List<Failure> failures = new ArrayList<>();
    for (LexiconEntry e : lexicon.entries()) {
      for (String s : e.matchExamples()) {
        if (!matches(tagger, lexicon, e, s)) {
          failures.add(new Failure(lexicon.source(), e.id(), true, s, tokens(tagger, lexicon, s)));
        }
      }
      for (String s : e.noMatchExamples()) {
        if (matches(tagger, lexicon, e, s)) {
          failures.add(new Failure(lexicon.source(), e.id(), false, s, tokens(tagger, lexicon, s)));
        }
      }
    }
    return failures;
  }

  /** Number of examples in a lexicon. */
  public static int count(Lexicon lexicon) {
    return lexicon.entries().stream().mapToInt(e -> e.matchExamples().size() + e.noMatchExamples().size()).sum();
  }

  private static boolean matches(Tagger tagger, Lexicon lexicon, LexiconEntry e, String sentence) {
    Set<LexiconEntry> hit = tagger.matchingEntries(sentence, lexicon.language());
    return hit.contains(e);
  }

  /** The analysed tokens of a text, for messages: {@code word/flags}, compound parts as {@code +part}. */
  static String tokens(Tagger tagger, Lexicon lexicon, String s) {
    StringBuilder out = new StringBuilder();
    try (org.apache.lucene.analysis.TokenStream ts = tagger.analyzer(lexicon.language()).tokenStream("text", s)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var inc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      var fl = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.FlagsAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int f = fl.getFlags();
        out.append(inc.getPositionIncrement() == 0 ? "+" : out.length() == 0 ? "" : " ").append(term)
            .append((f & 1) != 0 ? "/stop" : "").append((f & 2) != 0 ? "/pron" : "")
            .append((f & 4) != 0 ? "/neg" : "");
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }
}
