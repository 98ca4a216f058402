package io.github.pgtagger.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Marks stopwords, pronouns and negation cues in {@link FlagsAttribute} instead of removing them, so that phrases
 * and negation scope can still see them; marked stopwords are also keywords so that stemmers leave them alone.
 */
final class WordClassFilter extends TokenFilter {
  private final CharArraySet stop;
  private final CharArraySet pronouns;
  private final CharArraySet reflexives;
  private final CharArraySet personal;
  private final CharArraySet negations;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  WordClassFilter(TokenStream in, CharArraySet stop, CharArraySet pronouns, CharArraySet reflexives,
      CharArraySet personal, CharArraySet negations) {
    super(in);
    this.stop = stop;
    this.pronouns = pronouns;
    this.reflexives = reflexives;
    this.personal = personal;
    this.negations = negations;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] b = term.buffer();
    int len = term.length();
    int f = 0;
    if (stop.contains(b, 0, len)) {
      f |= ReflectionAnalyzer.FLAG_STOP;
    }
    if (pronouns.contains(b, 0, len)) {
      f |= ReflectionAnalyzer.FLAG_PRONOUN | ReflectionAnalyzer.FLAG_STOP;
    }
    if (reflexives.contains(b, 0, len)) {
      f |= ReflectionAnalyzer.FLAG_REFLEXIVE | ReflectionAnalyzer.FLAG_STOP;
    }
    if (personal.contains(b, 0, len)) {
      f |= ReflectionAnalyzer.FLAG_PERSONAL;
    }
    if (negations.contains(b, 0, len)) {
      f |= ReflectionAnalyzer.FLAG_NEGATION;
    }
    flags.setFlags(f);
    if ((f & ReflectionAnalyzer.FLAG_STOP) != 0) {
      keyword.setKeyword(true);
    }
    return true;
  }
}
