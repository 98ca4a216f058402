package io.github.pgtagger.tagging;

import io.github.pgtagger.analysis.ReflectionAnalyzer;
import io.github.pgtagger.internal.WordTable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysis of one language for one thread, remembering each distinct word's result. The text is split into
 * words by the analyzer's tokenizer; each word then goes through the analyzer's filters once
 * ({@link ReflectionAnalyzer#wordAnalyzer()}) and its tokens, with their vocabulary ids and flags, are kept for
 * the next time the word occurs. The filters look at one token at a time, so the result is the same as running
 * the whole chain over the text. At most {@link #MAX_WORDS} words of at most {@link #MAX_WORD_LENGTH} chars are
 * kept (a few hundred KB); the memory is emptied when full, and longer words are analysed every time. Not
 * thread-safe: the tagger keeps one per thread and language.
 */
final class WordAnalysisCache {
  /** Distinct words kept before the memory is emptied (about 100 bytes each). */
  static final int MAX_WORDS = 4_096;
  /** Longest word kept in the memory, in chars. */
  static final int MAX_WORD_LENGTH = 24;
  /** Bit in an encoded token: the token starts a new position (its position increment is above 0). */
  static final int NEW_POSITION = 1 << 30;

  private final ReflectionAnalyzer analyzer;
  private final WordTable vocabulary;
  private final Tokenizer tokenizer;
  private final CharTermAttribute word;
  private final OffsetAttribute offset;
  private CharArrayMap<int[]> memory = new CharArrayMap<>(1024, false);

  WordAnalysisCache(ReflectionAnalyzer analyzer, WordTable vocabulary) {
    this.analyzer = analyzer;
    this.vocabulary = vocabulary;
    this.tokenizer = analyzer.newTokenizer();
    this.word = tokenizer.addAttribute(CharTermAttribute.class);
    this.offset = tokenizer.addAttribute(OffsetAttribute.class);
  }

  /** Receives the tokens of a text in order. */
  interface Sink {
    /**
     * One token: its vocabulary id (-1 when not in the vocabulary), analysis flags, whether it starts a new
     * position, and the offsets of the word it came from.
     */
    void token(int id, int flags, boolean newPosition, int start, int end);
  }

  /** Analyses a text and hands its tokens to the sink in the order the analysis chain gives them. */
  void analyse(String text, Sink sink) {
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        int[] tokens = memory.get(word.buffer(), 0, word.length());
        if (tokens == null) {
          tokens = analyseWord(new String(word.buffer(), 0, word.length()));
          if (word.length() <= MAX_WORD_LENGTH) {
            if (memory.size() >= MAX_WORDS) {
              memory = new CharArrayMap<>(1024, false);
            }
            memory.put(Arrays.copyOf(word.buffer(), word.length()), tokens);
          }
        }
        int s = offset.startOffset();
        int e = offset.endOffset();
        for (int i = 0; i < tokens.length; i += 2) {
          sink.token(tokens[i], tokens[i + 1] & ~NEW_POSITION, (tokens[i + 1] & NEW_POSITION) != 0, s, e);
        }
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The tokens of one word as pairs (vocabulary id, flags with {@link #NEW_POSITION}). */
  private int[] analyseWord(String w) throws IOException {
    int[] out = new int[4];
    int n = 0;
    try (TokenStream ts = analyzer.wordAnalyzer().tokenStream("text", w)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      FlagsAttribute fl = ts.addAttribute(FlagsAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = vocabulary.id(term.buffer(), 0, term.length());
        if ((fl.getFlags() & NEW_POSITION) != 0) {
          throw new IllegalStateException("analysis flag collides with NEW_POSITION: " + fl.getFlags());
        }
        out[n++] = fl.getFlags() | (inc.getPositionIncrement() > 0 ? NEW_POSITION : 0);
      }
      ts.end();
    }
    return Arrays.copyOf(out, n);
  }
}
