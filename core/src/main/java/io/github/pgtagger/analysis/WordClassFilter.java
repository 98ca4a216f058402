package io.github.pgtagger.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Marks stopwords, pronouns and negation cues in {@link FlagsAttribute} instead of removing them, so that phrases
 * and negation scope can still see them; marked stopwords are also keywords so that stemmers leave them alone. One
 * lookup per token in a map from word to its flags (see {@link ReflectionAnalyzer#FLAG_STOP} and the others).
 */
final class WordClassFilter extends TokenFilter {
  private final CharArrayMap<Integer> wordFlags;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  WordClassFilter(TokenStream in, CharArrayMap<Integer> wordFlags) {
    super(in);
    this.wordFlags = wordFlags;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    Integer f = wordFlags.get(term.buffer(), 0, term.length());
    if (f == null) {
      flags.setFlags(0);
    } else {
      flags.setFlags(f);
      if ((f & ReflectionAnalyzer.FLAG_STOP) != 0) {
        keyword.setKeyword(true);
      }
    }
    return true;
  }
}
