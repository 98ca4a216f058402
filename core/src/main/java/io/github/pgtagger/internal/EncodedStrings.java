package io.github.pgtagger.internal;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list of strings kept as UTF-8 bytes in a shared array and decoded on each access: the phrases and
 * examples of a precompiled lexicon, so that a tagger's build does not decode the tens of thousands it does not
 * need. Thread-safe (nothing changes after construction). Not part of the API.
 */
public final class EncodedStrings extends AbstractList<String> implements RandomAccess {
  private final byte[] bytes;
  /** Per string: start and length in {@link #bytes}. */
  private final int[] spans;

  /** @param spans per string its start and length in {@code bytes}, which must not change afterwards */
  EncodedStrings(byte[] bytes, int[] spans) {
    this.bytes = bytes;
    this.spans = spans;
  }

  @Override
  public String get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size());
    }
    return new String(bytes, spans[2 * index], spans[2 * index + 1], StandardCharsets.UTF_8);
  }

  @Override
  public int size() {
    return spans.length / 2;
  }
}
