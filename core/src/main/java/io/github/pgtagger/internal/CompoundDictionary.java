package io.github.pgtagger.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The compound dictionary of an analyzer: its words, and two bit sets of hashed three-letter word starts and word
 * ends, which rule out most lookups that cannot hit. Built word by word, or read back from a binary made at build
 * time (the default tagger's). Immutable and thread-safe once built. Not part of the API.
 */
public final class CompoundDictionary {
  private static final int BITS = 1 << 16;
  private final WordTable words;
  private final long[] startBits;
  private final long[] endBits;

  private CompoundDictionary(WordTable words, long[] startBits, long[] endBits) {
    this.words = words;
    this.startBits = startBits;
    this.endBits = endBits;
  }

  /** The words. */
  public WordTable words() {
    return words;
  }

  /** Whether some dictionary word may start with the three chars at {@code off}. */
  public boolean mayStart(char[] b, int off) {
    int h = hash(b, off);
    return (startBits[h >>> 6] & (1L << h)) != 0;
  }

  /** Whether some dictionary word may end with the three chars ending before {@code end}. */
  public boolean mayEnd(char[] b, int end) {
    int h = hash(b, end - 3);
    return (endBits[h >>> 6] & (1L << h)) != 0;
  }

  private static int hash(char[] b, int off) {
    return hash(b[off], b[off + 1], b[off + 2]);
  }

  /** The bit of three chars in a bit set. */
  private static int hash(char a, char b, char c) {
    return (a * 961 + b * 31 + c) & (BITS - 1);
  }

  /** The dictionary as bytes for {@link #read}: the two bit sets as little-endian longs, then the words. */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * BITS / 64 + 1024);
    for (long[] bits : new long[][] {startBits, endBits}) {
      for (long x : bits) {
        for (int i = 0; i < 8; i++) {
          out.write((int) (x >>> (8 * i)));
        }
      }
    }
    out.writeBytes(words.toBytes());
    return out.toByteArray();
  }

  /** Reads a dictionary written by {@link #toBytes} at the reader's position and moves past it. */
  public static CompoundDictionary read(ByteReader in) {
    long[] start = in.longs(BITS / 64);
    long[] end = in.longs(BITS / 64);
    return new CompoundDictionary(WordTable.read(in), start, end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompoundDictionary d && words.equals(d.words) && Arrays.equals(startBits, d.startBits)
        && Arrays.equals(endBits, d.endBits);
  }

  @Override
  public int hashCode() {
    return words.hashCode();
  }

  @Override
  public String toString() {
    return "CompoundDictionary[" + words.size() + " words]";
  }

  /** Collects the words of a dictionary. Not thread-safe. */
  public static final class Builder {
    private final WordTable.Builder words;
    private final long[] startBits = new long[BITS / 64];
    private final long[] endBits = new long[BITS / 64];

    /** A builder with room for about {@code expected} words before it grows. */
    public Builder(int expected) {
      words = new WordTable.Builder(expected);
    }

    /** Adds a folded, lower-case word. */
    public void add(String w) {
      int before = words.size();
      words.add(w);
      if (words.size() > before && w.length() >= 3) {
        set(startBits, hash(w.charAt(0), w.charAt(1), w.charAt(2)));
        int e = w.length() - 3;
        set(endBits, hash(w.charAt(e), w.charAt(e + 1), w.charAt(e + 2)));
      }
    }

    private static void set(long[] bits, int h) {
      bits[h >>> 6] |= 1L << h;
    }

    /** The dictionary. */
    public CompoundDictionary build() {
      return new CompoundDictionary(words.build(), startBits.clone(), endBits.clone());
    }
  }
}
