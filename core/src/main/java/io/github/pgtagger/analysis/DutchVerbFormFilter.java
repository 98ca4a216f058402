package io.github.pgtagger.analysis;

import io.github.pgtagger.internal.WordTable;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Removes the {@code -t} of Dutch present-tense verb forms that the Snowball stemmer keeps ("slaapt", "voelt",
 * "werkt"), but only when the word without it, or that form plus "en", is a dictionary word ("slaap", "voelen"),
 * so that ordinary words ending in t ("licht", "nacht") stay as they are.
 */
final class DutchVerbFormFilter extends TokenFilter {
  private final WordTable dictionary;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private char[] probe = new char[32];

  DutchVerbFormFilter(TokenStream in, WordTable dictionary) {
    super(in);
    this.dictionary = dictionary;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int len = term.length();
    char[] b = term.buffer();
    if (!keyword.isKeyword() && len >= 5 && b[len - 1] == 't' && !dictionary.contains(b, 0, len)) {
      int cut = len - 1;
      if (b[cut - 1] == 'd') {
        cut--; // "vindt" -> "vind"
      }
      if (cut >= 4) {
        if (probe.length < cut + 2) {
          probe = new char[cut + 16];
        }
        System.arraycopy(b, 0, probe, 0, cut);
        boolean known = dictionary.contains(probe, 0, cut);
        if (!known) {
          probe[cut] = 'e';
          probe[cut + 1] = 'n';
          known = dictionary.contains(probe, 0, cut + 2);
        }
        if (known) {
          term.setLength(cut);
        }
      }
    }
    return true;
  }
}
