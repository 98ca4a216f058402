package io.github.pgtagger.analysis;

/**
 * A part of a document: the chars {@code [start, end)} of it, in UTF-16 chars as Java and JavaScript count them.
 *
 * @param start offset of the first char, inclusive
 * @param end offset after the last char, exclusive
 */
public record Segment(int start, int end) {
  /** Validates the offsets. */
  public Segment {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad segment [" + start + ", " + end + ")");
    }
  }

  /** The chars of the document this segment covers: {@code document.substring(start, end)}. */
  public String text(String document) {
    return document.substring(start, end);
  }

  /** The length in chars. */
  public int length() {
    return end - start;
  }
}
