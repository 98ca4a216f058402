package io.github.pgtagger.tagging;

import io.github.pgtagger.analysis.ReflectionAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One analysis pass over a text, kept as flat arrays, and the matching of compiled schemes against it. Instances
 * are per call and not shared between threads.
 */
final class TextMatcher {
  /** Tokens searched backwards for a negation cue. */
  static final int NEGATION_WINDOW = 3;

  final String text;
  int size;
  int[] flags = new int[32];
  int[] pos = new int[32];
  int[] start = new int[32];
  int[] end = new int[32];
  int[] termOff = new int[32];
  int[] termLen = new int[32];
  char[] pool = new char[256];
  int poolSize;
  int positions;
  int[] posFirst = new int[33];
  int contentPositions;
  boolean personal;

  /** A match of one key. */
  record Match(CompiledScheme.Key key, int firstPos, int lastPos, int start, int end, boolean negated) {}

  TextMatcher(String text) {
    this.text = text;
  }

  void analyse(ReflectionAnalyzer analyzer) {
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      FlagsAttribute fl = ts.addAttribute(FlagsAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int p = -1;
      while (ts.incrementToken()) {
        if (size == flags.length) {
          grow();
        }
        if (inc.getPositionIncrement() > 0 || p < 0) {
          p++;
          if (p + 1 >= posFirst.length) {
            posFirst = Arrays.copyOf(posFirst, posFirst.length * 2);
          }
          posFirst[p] = size;
          if ((fl.getFlags() & ReflectionAnalyzer.FLAG_STOP) == 0) {
            contentPositions++;
          }
        }
        int len = term.length();
        if (poolSize + len > pool.length) {
          pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(term.buffer(), 0, pool, poolSize, len);
        termOff[size] = poolSize;
        termLen[size] = len;
        poolSize += len;
        flags[size] = fl.getFlags();
        if ((fl.getFlags() & ReflectionAnalyzer.FLAG_PERSONAL) != 0) {
          personal = true;
        }
        pos[size] = p;
        start[size] = off.startOffset();
        end[size] = off.endOffset();
        size++;
      }
      ts.end();
      positions = p + 1;
      posFirst[positions] = size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void grow() {
    int n = flags.length * 2;
    flags = Arrays.copyOf(flags, n);
    pos = Arrays.copyOf(pos, n);
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
    termOff = Arrays.copyOf(termOff, n);
    termLen = Arrays.copyOf(termLen, n);
  }

  /** Term ids of every token in the scheme's vocabulary, -1 when absent. */
  int[] lookup(CompiledScheme scheme) {
    int[] ids = new int[size];
    for (int i = 0; i < size; i++) {
      Integer id = scheme.vocabulary.get(pool, termOff[i], termLen[i]);
      ids[i] = id == null ? -1 : id;
    }
    return ids;
  }

  /** All key matches of a scheme, in text order (terms and phrases interleaved by start position). */
  Match[] match(CompiledScheme scheme) {
    int[] ids = lookup(scheme);
    Match[] out = new Match[8];
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (ids[i] >= 0 && (flags[i] & ReflectionAnalyzer.FLAG_STOP) == 0) {
        CompiledScheme.Key key = scheme.termKeyByToken[ids[i]];
        if (key != null) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = new Match(key, pos[i], pos[i], start[i], end[i], negated(pos[i], start[i]));
        }
      }
    }
    for (int p = 0; p < positions; p++) {
      boolean pronoun = false;
      for (int i = posFirst[p]; i < posFirst[p + 1]; i++) {
        if ((flags[i] & (ReflectionAnalyzer.FLAG_PRONOUN | ReflectionAnalyzer.FLAG_REFLEXIVE)) != 0) {
          pronoun = true;
        }
        if (ids[i] < 0) {
          continue;
        }
        CompiledScheme.Key[] phrases = scheme.phrasesByFirstToken[ids[i]];
        if (phrases != null) {
          for (CompiledScheme.Key k : phrases) {
            int last = matchPhrase(k, p, ids);
            if (last >= 0) {
              if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
              }
              out[n++] = phraseMatch(k, p, last);
            }
          }
        }
      }
      if (pronoun) {
        for (CompiledScheme.Key k : scheme.pronounFirstPhrases) {
          if (!positionHas(p, k.tokens[0], ids)) {
            continue; // a reflexive-first phrase needs a reflexive pronoun here, not any pronoun
          }
          int last = matchPhrase(k, p, ids);
          if (last >= 0) {
            if (n == out.length) {
              out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = phraseMatch(k, p, last);
          }
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  private Match phraseMatch(CompiledScheme.Key k, int first, int last) {
    int s = start[posFirst[first]];
    int e = end[posFirst[last]];
    return new Match(k, first, last, s, e, negated(first, s));
  }

  /** Greedy earliest match of the phrase's remaining tokens; returns the last position or -1. */
  private int matchPhrase(CompiledScheme.Key k, int first, int[] ids) {
    int budget = k.slop;
    int q = first;
    for (int t = 1; t < k.tokens.length; t++) {
      int want = k.tokens[t];
      int found = -1;
      for (int q2 = q + 1; q2 <= q + 1 + budget && q2 < positions; q2++) {
        if (positionHas(q2, want, ids)) {
          found = q2;
          break;
        }
      }
      if (found < 0) {
        return -1;
      }
      budget -= found - q - 1;
      q = found;
    }
    return q;
  }

  private boolean positionHas(int p, int want, int[] ids) {
    for (int i = posFirst[p]; i < posFirst[p + 1]; i++) {
      if (want == CompiledScheme.PRONOUN) {
        if ((flags[i] & ReflectionAnalyzer.FLAG_PRONOUN) != 0) {
          return true;
        }
      } else if (want == CompiledScheme.REFLEXIVE) {
        if ((flags[i] & ReflectionAnalyzer.FLAG_REFLEXIVE) != 0) {
          return true;
        }
      } else if (ids[i] == want) {
        return true;
      }
    }
    return false;
  }

  /** Whether a negation cue stands within the window before position {@code p}, in the same clause. */
  boolean negated(int p, int startOffset) {
    for (int q = p - 1; q >= 0 && q >= p - NEGATION_WINDOW; q--) {
      int i = posFirst[q];
      if (clauseBreak(end[i], startOffset)) {
        return false;
      }
      if ((flags[i] & ReflectionAnalyzer.FLAG_NEGATION) != 0) {
        return true;
      }
      startOffset = start[i];
    }
    return false;
  }

  private boolean clauseBreak(int from, int to) {
    for (int c = from; c < to && c < text.length(); c++) {
      switch (text.charAt(c)) {
        case '.', ',', ';', ':', '!', '?', '\n', '(', ')' -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }
}
