package io.github.pgtagger.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The compound-part check as it was before {@link CompoundSplitFilter} replaced it, kept as the reference that the
 * faster filter must reproduce token for token (see {@code CompoundSplitFilterTest}).
 *
 * <p>Follows {@link org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter} and keeps only the parts
 * that make a real split: the part must stand at the start or the end of the compound, and the rest (after a
 * Dutch linking {@code s}, {@code e} or {@code en}) must itself be a dictionary word. So "slaapproblemen" keeps
 * "slaap" and "problemen", while "vergeten" does not yield "eten" and "treinstation" does not yield "rein".
 * Kept parts are flagged {@link ReflectionAnalyzer#FLAG_COMPOUND_PART}.
 */
final class ReferenceCompoundPartFilter extends TokenFilter {
  private static final String[] LINKS = {"", "s", "e", "en"};
  private final CharArraySet dictionary;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private String whole = "";

  ReferenceCompoundPartFilter(TokenStream in, CharArraySet dictionary) {
    super(in);
    this.dictionary = dictionary;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (posInc.getPositionIncrement() > 0) {
        whole = term.toString();
        return true;
      }
      String part = term.toString();
      if (isRealSplit(whole, part)) {
        flags.setFlags(ReflectionAnalyzer.FLAG_COMPOUND_PART);
        keyword.setKeyword(false);
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    whole = "";
  }

  private boolean isRealSplit(String word, String part) {
    if (part.length() >= word.length()) {
      return false;
    }
    if (word.startsWith(part)) {
      String rest = word.substring(part.length());
      for (String link : LINKS) {
        if (rest.startsWith(link) && isWord(rest.substring(link.length()))) {
          return true;
        }
      }
    }
    if (word.endsWith(part)) {
      String rest = word.substring(0, word.length() - part.length());
      for (String link : LINKS) {
        if (rest.endsWith(link) && isWord(rest.substring(0, rest.length() - link.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isWord(String s) {
    return s.length() >= 3 && dictionary.contains(s);
  }
}
