package io.github.pgtagger.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the build-time binaries from a byte array: big-endian fixed-size numbers (as {@link
 * java.io.DataOutputStream} writes them), varints, little-endian int arrays in bulk and UTF-8 strings. Plain array
 * access, no buffer calls: cheap while a start-up still runs interpreted. Not thread-safe (a cursor); not part of
 * the API.
 */
public final class ByteReader {
  /** The bytes read. */
  public final byte[] bytes;
  /** The position of the next byte to read. */
  public int pos;

  /** A reader at {@code pos} of {@code bytes}. */
  public ByteReader(byte[] bytes, int pos) {
    this.bytes = bytes;
    this.pos = pos;
  }

  /** A big-endian 4-byte int. */
  public int int32() {
    byte[] b = bytes;
    int x = ((b[pos] & 0xFF) << 24) | ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
    pos += 4;
    return x;
  }

  /** A big-endian 8-byte long. */
  public long int64() {
    return ((long) int32() << 32) | (int32() & 0xFFFFFFFFL);
  }

  /** An unsigned varint (7 bits per byte, least significant group first). */
  public int varint() {
    int x = 0;
    int shift = 0;
    byte c;
    do {
      c = bytes[pos++];
      x |= (c & 0x7F) << shift;
      shift += 7;
    } while (c < 0);
    return x;
  }

  /** A little-endian 4-byte int. */
  public int int32LittleEndian() {
    byte[] b = bytes;
    int x = (b[pos] & 0xFF) | ((b[pos + 1] & 0xFF) << 8) | ((b[pos + 2] & 0xFF) << 16) | ((b[pos + 3] & 0xFF) << 24);
    pos += 4;
    return x;
  }

  /** {@code n} little-endian UTF-16 units, copied in bulk. */
  public char[] chars(int n) {
    char[] a = new char[n];
    ByteBuffer.wrap(bytes, pos, 2 * n).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().get(a);
    pos += 2 * n;
    return a;
  }

  /** {@code n} little-endian 8-byte longs, copied in bulk. */
  public long[] longs(int n) {
    long[] a = new long[n];
    ByteBuffer.wrap(bytes, pos, 8 * n).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(a);
    pos += 8 * n;
    return a;
  }

  /** {@code n} little-endian 4-byte ints, copied in bulk. */
  public int[] ints(int n) {
    int[] a = new int[n];
    ByteBuffer.wrap(bytes, pos, 4 * n).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(a);
    pos += 4 * n;
    return a;
  }

  /** The next {@code n} bytes as UTF-8. */
  public String utf8(int n) {
    String s = new String(bytes, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }
}
