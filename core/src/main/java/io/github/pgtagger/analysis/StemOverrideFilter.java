package io.github.pgtagger.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces words by their stems from a small fixed table and marks them as keywords, so that the stemmer after it
 * leaves them alone; words already marked as keywords are left as they are. Does what Lucene's {@code
 * StemmerOverrideFilter} does (case-sensitive, the first stem given for a word wins) with a hash table instead of
 * an FST, which is costly to build at start-up for a table of a few dozen words.
 */
final class StemOverrideFilter extends TokenFilter {
  private final CharArrayMap<char[]> stems;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  StemOverrideFilter(TokenStream in, CharArrayMap<char[]> stems) {
    super(in);
    this.stems = stems;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      char[] stem = stems.get(term.buffer(), 0, term.length());
      if (stem != null) {
        term.copyBuffer(stem, 0, stem.length);
        keyword.setKeyword(true);
      }
    }
    return true;
  }
}
