package io.github.pgtagger.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes invisible format characters (Unicode category Cf: soft hyphen, zero-width joiner and non-joiner, word
 * joiner, byte order mark, bidirectional controls) from terms, so that "pi&#92;u200Cjn" or "ge&#92;u00ADzond" match
 * like the plain word. The offsets stay those of the original text, so evidence still covers the characters. A
 * term made only of such characters is left as it is.
 */
final class FormatCharFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  FormatCharFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] b = term.buffer();
    int len = term.length();
    int first = 0;
    while (first < len && Character.getType(b[first]) != Character.FORMAT) {
      first++;
    }
    if (first == len) {
      return true;
    }
    int w = first;
    for (int r = first + 1; r < len; r++) {
      if (Character.getType(b[r]) != Character.FORMAT) {
        b[w++] = b[r];
      }
    }
    if (w == 0) {
      return true; // only format characters: nothing was written, the term stays as it was
    }
    term.setLength(w);
    return true;
  }
}
