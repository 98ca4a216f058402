package io.github.pgtagger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysed form of a lexicon term or phrase: the first token at each position, with its flags. Not part of
 * the API.
 *
 * @param tokens the tokens
 * @param flags the flags of each token
 */
public record TokenForms(String[] tokens, int[] flags) {
  /** Analyses an expression with an analyzer. */
  public static TokenForms analyse(Analyzer analyzer, String text) {
    String[] tokens = new String[8];
    int[] flags = new int[8];
    int n = 0;
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      FlagsAttribute fl = ts.addAttribute(FlagsAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (pos.getPositionIncrement() > 0) {
          if (n == tokens.length) {
            tokens = Arrays.copyOf(tokens, 2 * n);
            flags = Arrays.copyOf(flags, 2 * n);
          }
          tokens[n] = term.toString();
          flags[n++] = fl.getFlags();
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TokenForms(Arrays.copyOf(tokens, n), Arrays.copyOf(flags, n));
  }

  /** Number of tokens. */
  public int size() {
    return tokens.length;
  }
}
