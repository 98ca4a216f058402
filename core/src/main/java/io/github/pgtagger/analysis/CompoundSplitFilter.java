package io.github.pgtagger.analysis;

import io.github.pgtagger.internal.CompoundDictionary;
import io.github.pgtagger.internal.WordTable;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits compound words into dictionary parts that make a real split: a part must stand at the start or the end of
 * the word, and the rest (after a Dutch linking {@code s}, {@code e} or {@code en}) must itself be a dictionary word
 * of at least 3 letters. So "slaapproblemen" gives "slaap" and "problemen", while "vergeten" does not give "eten"
 * and "treinstation" does not give "rein". Each word is passed on first; its parts follow at the same position
 * (increment 0) with the word's offsets and other attributes, flag {@link ReflectionAnalyzer#FLAG_COMPOUND_PART}
 * and not marked as keyword.
 *
 * <p>The output is exactly that of Lucene's {@link org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter}
 * (words of at least {@value #MIN_WORD} chars, parts of {@value #MIN_PART} to {@value #MAX_PART} chars, every
 * match) followed by a filter that keeps only real splits, in the same order and with the same repetitions, but
 * costs a dictionary lookup per prefix and suffix instead of one per substring.
 */
final class CompoundSplitFilter extends TokenFilter {
  /** Shortest word that is split. */
  static final int MIN_WORD = 6;
  /** Shortest part. */
  static final int MIN_PART = 3;
  /** Longest part. */
  static final int MAX_PART = 24;
  private static final char[][] LINKS = {{}, {'s'}, {'e'}, {'e', 'n'}};

  private final CompoundDictionary compounds;
  private final WordTable dictionary;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  private final boolean[] prefixSplit = new boolean[MAX_PART + 1];
  private final boolean[] suffixSplit = new boolean[MAX_PART + 1];
  private char[] word = new char[32];
  private int[] partStart = new int[8];
  private int[] partLength = new int[8];
  private int parts;
  private int nextPart;
  private State whole;

  CompoundSplitFilter(TokenStream in, CompoundDictionary dictionary) {
    super(in);
    this.compounds = dictionary;
    this.dictionary = dictionary.words();
  }

  /** Whether some dictionary word may start with the three chars at {@code off}. */
  private boolean mayStart(char[] b, int off) {
    return compounds.mayStart(b, off);
  }

  /** Whether some dictionary word may end with the three chars ending before {@code end}. */
  private boolean mayEnd(char[] b, int end) {
    return compounds.mayEnd(b, end);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (nextPart < parts) {
      restoreState(whole);
      term.copyBuffer(word, partStart[nextPart], partLength[nextPart]);
      nextPart++;
      posInc.setPositionIncrement(0);
      flags.setFlags(ReflectionAnalyzer.FLAG_COMPOUND_PART);
      keyword.setKeyword(false);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    parts = 0;
    nextPart = 0;
    whole = null;
    int len = term.length();
    if (len >= MIN_WORD && findParts(term.buffer(), len)) {
      whole = captureState();
    }
    return true;
  }

  /** Fills the part queue in the order of DictionaryCompoundWordTokenFilter; returns whether there is any. */
  private boolean findParts(char[] buf, int len) {
    // every split has a dictionary word at the start and one at the end of the word (the part or the rest)
    if (!mayStart(buf, 0) || !mayEnd(buf, len)) {
      return false;
    }
    int maxPart = Math.min(MAX_PART, len - 1);
    boolean any = false;
    for (int j = MIN_PART; j <= maxPart; j++) {
      prefixSplit[j] = mayEnd(buf, j) && dictionary.contains(buf, 0, j) && restIsWordAfter(buf, j, len);
      suffixSplit[j] = mayStart(buf, len - j) && dictionary.contains(buf, len - j, j)
          && restIsWordBefore(buf, len - j);
      any |= prefixSplit[j] | suffixSplit[j];
    }
    if (!any) {
      return false;
    }
    if (word.length < len) {
      word = new char[Math.max(len, word.length * 2)];
    }
    System.arraycopy(buf, 0, word, 0, len);
    for (int i = 0; i <= len - MIN_PART; i++) {
      for (int j = MIN_PART; j <= maxPart && i + j <= len; j++) {
        if (prefixSplit[j] && regionEquals(i, 0, j) || suffixSplit[j] && regionEquals(i, len - j, j)) {
          addPart(i, j);
        }
      }
    }
    return parts > 0;
  }

  private void addPart(int start, int length) {
    if (parts == partStart.length) {
      partStart = Arrays.copyOf(partStart, parts * 2);
      partLength = Arrays.copyOf(partLength, parts * 2);
    }
    partStart[parts] = start;
    partLength[parts] = length;
    parts++;
  }

  private boolean regionEquals(int a, int b, int length) {
    if (a == b) {
      return true;
    }
    for (int k = 0; k < length; k++) {
      if (word[a + k] != word[b + k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code buf[from, len)}, after an optional link at its start, is a dictionary word. */
  private boolean restIsWordAfter(char[] buf, int from, int len) {
    for (char[] link : LINKS) {
      int restStart = from + link.length;
      if (len - restStart >= 3 && startsWith(buf, from, len, link) && mayStart(buf, restStart)
          && dictionary.contains(buf, restStart, len - restStart)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code buf[0, to)}, after an optional link at its end, is a dictionary word. */
  private boolean restIsWordBefore(char[] buf, int to) {
    for (char[] link : LINKS) {
      int restEnd = to - link.length;
      if (restEnd >= 3 && startsWith(buf, restEnd, to, link) && mayEnd(buf, restEnd)
          && dictionary.contains(buf, 0, restEnd)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(char[] buf, int from, int end, char[] link) {
    if (end - from < link.length) {
      return false;
    }
    for (int k = 0; k < link.length; k++) {
      if (buf[from + k] != link[k]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts = 0;
    nextPart = 0;
    whole = null;
  }
}
