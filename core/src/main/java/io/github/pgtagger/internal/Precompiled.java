package io.github.pgtagger.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The binary files generated at build time beside bundled JSON data files ({@code x.json} gets {@code x.bin}), so
 * that the defaults are built without parsing JSON. The JSON stays the source of truth: a binary starts with the
 * length and CRC-32 of the JSON it was made from and is used only while they match. Not part of the API.
 */
public final class Precompiled {
  /** "PGTB". */
  static final int MAGIC = 0x50475442;
  /** Version of the binary layout; bump on any change of what is written. */
  public static final int FORMAT = 4;

  private Precompiled() {}

  /** The resource name of the binary made from a JSON resource. */
  public static String binaryName(String jsonName) {
    return jsonName.substring(0, jsonName.length() - ".json".length()) + ".bin";
  }

  /** The resource name of the binary holding the analysed forms of a lexicon JSON resource (same header). */
  public static String formsName(String jsonName) {
    return jsonName.substring(0, jsonName.length() - ".json".length()) + ".forms.bin";
  }

  /**
   * Opens the binary made from a bundled JSON resource, positioned after its header, or returns null when it is
   * missing (e.g. classes compiled by an IDE) or stale (the JSON has changed since).
   */
  public static ByteBuffer open(Class<?> anchor, String jsonName) {
    byte[] bin = resource(anchor, binaryName(jsonName));
    if (bin == null) {
      return null;
    }
    long[] json = lengthAndCrc(anchor, jsonName);
    return json == null ? null : open(bin, json[0], json[1]);
  }

  /** The body of a binary if it was made from {@code json} in this format, else null. */
  public static ByteBuffer open(byte[] bin, byte[] json) {
    return open(bin, json.length, crc(json));
  }

  /**
   * The body of a binary if it was made in this format from a JSON file of this length and CRC-32, else null.
   */
  public static ByteBuffer open(byte[] bin, long jsonLength, long jsonCrc) {
    ByteBuffer in = ByteBuffer.wrap(bin); // big-endian, as DataOutputStream writes
    if (bin.length < 20 || in.getInt() != MAGIC || in.getInt() != FORMAT || in.getInt() != jsonLength
        || in.getLong() != jsonCrc) {
      return null;
    }
    return in;
  }

  /** The length and CRC-32 of a resource beside {@code anchor} (read in full), or null when it is missing. */
  public static long[] lengthAndCrc(Class<?> anchor, String name) {
    byte[] b = resource(anchor, name);
    return b == null ? null : new long[] {b.length, crc(b)};
  }

  /** Writes the header for a binary made from {@code json}. */
  public static void writeHeader(DataOutputStream out, byte[] json) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(json.length);
    out.writeLong(crc(json));
  }

  /** The bytes of a resource beside {@code anchor}, or null when it is missing. */
  public static byte[] resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CRC-32 of resources read by {@link #resourceKeepingCrc}, by package and name; -1 when missing. */
  private static final Map<String, Long> CRCS = new HashMap<>();

  /**
   * The bytes of a resource beside {@code anchor}, or null when it is missing, remembering their CRC-32 for {@link
   * #resourceCrc} (so that a fingerprint of the resources an analyzer read does not read them again).
   */
  public static byte[] resourceKeepingCrc(Class<?> anchor, String name) {
    byte[] b = resource(anchor, name);
    rememberCrc(anchor, name, b);
    return b;
  }

  /** The CRC-32 of a resource beside {@code anchor} (-1 when it is missing), read only if not read before. */
  public static long resourceCrc(Class<?> anchor, String name) {
    synchronized (CRCS) {
      Long crc = CRCS.get(anchor.getPackageName() + "/" + name);
      if (crc != null) {
        return crc;
      }
    }
    return rememberCrc(anchor, name, resource(anchor, name));
  }

  private static long rememberCrc(Class<?> anchor, String name, byte[] bytes) {
    long crc = bytes == null ? -1 : crc(bytes);
    synchronized (CRCS) {
      CRCS.put(anchor.getPackageName() + "/" + name, crc);
    }
    return crc;
  }

  static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length);
    return crc.getValue();
  }

  /** Writes a string (any length, null allowed). */
  public static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** Reads a string written by {@link #writeString}. */
  public static String readString(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0) {
      return null;
    }
    String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  /** Writes a list of strings. */
  public static void writeStrings(DataOutputStream out, Collection<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      writeString(out, s);
    }
  }

  /** Reads a list written by {@link #writeStrings} as an array. */
  public static String[] readStrings(ByteBuffer in) {
    String[] a = new String[in.getInt()];
    for (int i = 0; i < a.length; i++) {
      a[i] = readString(in);
    }
    return a;
  }
}
