package io.github.pgtagger.internal;

import io.github.pgtagger.lexicon.LexiconEntry;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The entries of a precompiled lexicon, kept as their bytes in the binary and each decoded the first time it is
 * read (then kept): a build from the stored compiled schemes needs the lexicon's terms only (stored apart, see
 * {@link PrecompiledLexicon#distinctTerms()}), and a key read by the tagger decodes just the entries it refers to.
 * Immutable and thread-safe (decoding is synchronized; a decoded entry is the same object for every reader). Not
 * part of the API.
 */
public final class EncodedEntries extends AbstractList<LexiconEntry> implements RandomAccess {
  private final byte[] bytes;
  /** Per entry: where its record starts in {@link #bytes}. */
  private final int[] starts;
  private final LexiconEntry[] decoded;

  /** @param starts per entry where its record starts in {@code bytes}, which must not change afterwards */
  EncodedEntries(byte[] bytes, int[] starts) {
    this.bytes = bytes;
    this.starts = starts;
    this.decoded = new LexiconEntry[starts.length];
  }

  @Override
  public synchronized LexiconEntry get(int index) {
    if (index < 0 || index >= starts.length) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + starts.length);
    }
    LexiconEntry e = decoded[index];
    if (e == null) {
      e = read(new ByteReader(bytes, starts[index]));
      decoded[index] = e;
    }
    return e;
  }

  @Override
  public int size() {
    return starts.length;
  }

  /**
   * Reads one entry as {@link PrecompiledLexicon#write} wrote it. The phrases and examples stay encoded until read
   * ({@link EncodedStrings}); a phrase is decoded when a key that came from it is first read.
   */
  static LexiconEntry read(ByteReader in) {
    String id = string(in);
    String label = string(in);
    String aspect = string(in);
    List<String> terms = Arrays.asList(strings(in));
    List<String> phrases = encodedStrings(in);
    double weight = Double.longBitsToDouble(in.int64());
    int slop = in.int32();
    List<String> match = encodedStrings(in);
    List<String> noMatch = encodedStrings(in);
    return new LexiconEntry(id, label, aspect, terms, phrases, weight, slop, match, noMatch);
  }

  /** A string as {@link Precompiled#writeString} writes it: its length (-1 for null), then UTF-8. */
  static String string(ByteReader in) {
    int n = in.int32();
    return n < 0 ? null : in.utf8(n);
  }

  static String[] strings(ByteReader in) {
    String[] a = new String[in.int32()];
    for (int i = 0; i < a.length; i++) {
      a[i] = string(in);
    }
    return a;
  }

  /** Strings as {@link #strings} reads them, left encoded; none of them may be null. */
  private static List<String> encodedStrings(ByteReader in) {
    int[] spans = new int[2 * in.int32()];
    for (int i = 0; i < spans.length; i += 2) {
      int n = in.int32();
      if (n < 0) {
        throw new IllegalStateException("null string at byte " + (in.pos - 4));
      }
      spans[i] = in.pos;
      spans[i + 1] = n;
      in.pos += n;
    }
    return spans.length == 0 ? List.of() : new EncodedStrings(in.bytes, spans);
  }
}
