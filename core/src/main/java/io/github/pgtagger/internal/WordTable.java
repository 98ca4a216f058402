package io.github.pgtagger.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * An immutable set of words, each with an id (the order in which it was first added), looked up by a range of a
 * char array without making a string: the compound dictionary of an analyzer and the vocabulary of a tagger. Kept
 * as three arrays (the words' chars one after another, where each word starts, and an open-addressing table of
 * ids), so that a table made at build time is read back with three bulk copies instead of being built again word by
 * word. Thread-safe (nothing changes after construction). Not part of the API.
 */
public final class WordTable {
  /** The words' chars, one after another in id order. */
  private final char[] chars;
  /** Where each word starts in {@link #chars}, with the end of the last one at the end ({@code size + 1}). */
  private final int[] starts;
  /** Open-addressing table (linear probing, a power of two long): id + 1 of the word in a slot, 0 when empty. */
  private final int[] slots;

  private WordTable(char[] chars, int[] starts, int[] slots) {
    this.chars = chars;
    this.starts = starts;
    this.slots = slots;
  }

  /** Number of words. */
  public int size() {
    return starts.length - 1;
  }

  /** The id of the word {@code b[off, off + len)}, or -1 when it is not in the table. */
  public int id(char[] b, int off, int len) {
    int[] s = slots;
    int mask = s.length - 1;
    for (int i = hash(b, off, len) & mask; ; i = (i + 1) & mask) {
      int x = s[i];
      if (x == 0) {
        return -1;
      }
      int start = starts[x - 1];
      int end = starts[x];
      if (end - start == len && Arrays.equals(chars, start, end, b, off, off + len)) {
        return x - 1;
      }
    }
  }

  /** Whether the word {@code b[off, off + len)} is in the table. */
  public boolean contains(char[] b, int off, int len) {
    return id(b, off, len) >= 0;
  }

  /** The word with this id. */
  public String word(int id) {
    return new String(chars, starts[id], starts[id + 1] - starts[id]);
  }

  /** The words in id order. */
  public String[] words() {
    String[] out = new String[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = word(i);
    }
    return out;
  }

  private static int hash(char[] b, int off, int len) {
    int h = len;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + b[i];
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    return h ^ (h >>> 13);
  }

  private static int hash(String w) {
    int h = w.length();
    for (int i = 0; i < w.length(); i++) {
      h = 31 * h + w.charAt(i);
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    return h ^ (h >>> 13);
  }

  // ------------------------------------------------------------------------------------------------- storing

  /**
   * The table as bytes for {@link #read}: three little-endian ints (words, chars, slots), then the starts and the
   * slots as little-endian ints and the chars as little-endian UTF-16 units.
   */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4 * (3 + starts.length + slots.length) + 2 * chars.length);
    int32(out, size());
    int32(out, chars.length);
    int32(out, slots.length);
    for (int x : starts) {
      int32(out, x);
    }
    for (int x : slots) {
      int32(out, x);
    }
    for (char c : chars) {
      out.write(c);
      out.write(c >>> 8);
    }
    return out.toByteArray();
  }

  private static void int32(ByteArrayOutputStream out, int x) {
    out.write(x);
    out.write(x >>> 8);
    out.write(x >>> 16);
    out.write(x >>> 24);
  }

  /**
   * Reads a table written by {@link #toBytes} at the reader's position and moves past it. The bytes must come from
   * a checked source (the binaries carry a CRC-32 of their body); only the sizes are checked here.
   *
   * @throws IllegalArgumentException when the sizes do not fit
   */
  public static WordTable read(ByteReader in) {
    int n = in.int32LittleEndian();
    int nChars = in.int32LittleEndian();
    int nSlots = in.int32LittleEndian();
    if (n < 0 || nChars < 0 || nSlots <= n || Integer.bitCount(nSlots) != 1
        || (long) 4 * (n + 1 + nSlots) + 2L * nChars > in.bytes.length - in.pos) {
      throw new IllegalArgumentException("word table of " + n + " words, " + nChars + " chars, " + nSlots
          + " slots does not fit in " + (in.bytes.length - in.pos) + " bytes");
    }
    int[] starts = in.ints(n + 1);
    int[] slots = in.ints(nSlots);
    char[] chars = in.chars(nChars);
    if (starts[0] != 0 || starts[n] != nChars) {
      throw new IllegalArgumentException("word table: starts " + starts[0] + ".." + starts[n] + " for " + nChars
          + " chars");
    }
    return new WordTable(chars, starts, slots);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WordTable t && Arrays.equals(chars, t.chars) && Arrays.equals(starts, t.starts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(chars) + Arrays.hashCode(starts);
  }

  @Override
  public String toString() {
    return "WordTable[" + size() + " words]";
  }

  // ------------------------------------------------------------------------------------------------- building

  /** Collects words for a table; a word added again keeps its first id. Not thread-safe. */
  public static final class Builder {
    private char[] chars = new char[1024];
    private int[] starts = new int[257];
    private int[] slots;
    private int size;

    /** A builder with room for about {@code expected} words before it grows. */
    public Builder(int expected) {
      slots = new int[tableSize(Math.max(16, expected))];
    }

    /** The number of distinct words added. */
    public int size() {
      return size;
    }

    /** Adds a word if new; returns its id. */
    public int add(String w) {
      int mask = slots.length - 1;
      int len = w.length();
      int i = hash(w) & mask;
      for (; ; i = (i + 1) & mask) {
        int x = slots[i];
        if (x == 0) {
          break;
        }
        int start = starts[x - 1];
        if (starts[x] - start == len && sameChars(w, chars, start)) {
          return x - 1;
        }
      }
      int end = starts[size];
      if (end + len > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(2 * chars.length, end + len));
      }
      w.getChars(0, len, chars, end);
      if (size + 2 > starts.length) {
        starts = Arrays.copyOf(starts, 2 * starts.length);
      }
      starts[size + 1] = end + len;
      slots[i] = ++size;
      if (tableSize(size) > slots.length) {
        slots = rehash(slots.length * 2);
      }
      return size - 1;
    }

    private static boolean sameChars(String w, char[] b, int off) {
      for (int i = 0; i < w.length(); i++) {
        if (w.charAt(i) != b[off + i]) {
          return false;
        }
      }
      return true;
    }

    /** The table of the words added so far. */
    public WordTable build() {
      int[] s = slots.length == tableSize(size) ? slots.clone() : rehash(tableSize(size));
      return new WordTable(Arrays.copyOf(chars, starts[size]), Arrays.copyOf(starts, size + 1), s);
    }

    private int[] rehash(int length) {
      int[] s = new int[length];
      int mask = length - 1;
      for (int id = 0; id < size; id++) {
        int i = hash(chars, starts[id], starts[id + 1] - starts[id]) & mask;
        while (s[i] != 0) {
          i = (i + 1) & mask;
        }
        s[i] = id + 1;
      }
      return s;
    }

    /** A power of two at least four times {@code n}: most lookups are misses, which stop at the first empty slot. */
    private static int tableSize(int n) {
      return Integer.highestOneBit(Math.max(4, 4 * n - 1)) << 1;
    }
  }
}
