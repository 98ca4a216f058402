package io.github.pgtagger.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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

  /**
   * The length and CRC-32 of a resource beside {@code anchor}, or null when it is missing. In a jar they are the
   * entry's own (the zip format keeps both for every entry, of the bytes as stored), so the resource is not read;
   * elsewhere it is read in full.
   */
  public static long[] lengthAndCrc(Class<?> anchor, String name) {
    Origin origin = Origin.of(anchor);
    long[] fromJar = origin == null ? null : origin.lengthAndCrc(path(anchor, name));
    if (fromJar != null) {
      return fromJar;
    }
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

  /**
   * The bytes of a resource beside {@code anchor}, or null when it is missing. Read straight from the jar or
   * directory the anchor was loaded from when there is one (see {@link Origin}), else as {@link
   * Class#getResourceAsStream} finds it.
   */
  public static byte[] resource(Class<?> anchor, String name) {
    Origin origin = Origin.of(anchor);
    byte[] b = origin == null ? null : origin.read(path(anchor, name));
    if (b != null || (origin != null && origin.jar != null)) {
      return b; // a jar has the resources of its classes, or they are missing
    }
    try (InputStream in = anchor.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String path(Class<?> anchor, String name) {
    return anchor.getPackageName().replace('.', '/') + "/" + name;
  }

  /**
   * The jar file or class directory a class was loaded from, where its resources are read directly: {@link
   * Class#getResourceAsStream} first asks the JDK's own module images and makes a URL and a connection per lookup,
   * which costs a start-up of about twenty lookups more than reading the data. Only a plain local jar or directory
   * qualifies (from the class's code source); anything else (a nested jar, a custom class loader without a code
   * source) gives null, and the resource is looked up as usual. A resource missing from the jar of its class is
   * missing; one missing from a class directory is looked up as usual (some builds keep resources in a directory
   * of their own). The jar stays open for the life of the JVM, as the class loader keeps it; the zip file is shared with
   * the class loader's and is safe for use by several threads.
   */
  static final class Origin {
    private static final Map<Object, Origin> ORIGINS = new HashMap<>();
    private static final Origin NONE = new Origin(null, null);
    private final ZipFile jar;
    private final Path dir;

    private Origin(ZipFile jar, Path dir) {
      this.jar = jar;
      this.dir = dir;
    }

    /** The origin of a class, or null. */
    static Origin of(Class<?> anchor) {
      CodeSource cs;
      try {
        cs = anchor.getProtectionDomain().getCodeSource();
      } catch (SecurityException e) {
        return null;
      }
      URL location = cs == null ? null : cs.getLocation();
      if (location == null || !"file".equals(location.getProtocol())) {
        return null;
      }
      synchronized (ORIGINS) {
        Origin o = ORIGINS.get(location.toString());
        if (o == null) {
          o = open(location);
          o = o == null ? NONE : o;
          ORIGINS.put(location.toString(), o);
        }
        return o == NONE ? null : o;
      }
    }

    /** The origin at a file URL: a jar or a directory; null when it is neither (or cannot be read). */
    static Origin open(URL location) {
      try {
        Path p = Path.of(location.toURI());
        if (Files.isDirectory(p)) {
          return new Origin(null, p);
        }
        return Files.isRegularFile(p) ? new Origin(new ZipFile(p.toFile()), null) : null;
      } catch (IOException | URISyntaxException | RuntimeException e) {
        return null; // not a local jar or directory we can read: look resources up as usual
      }
    }

    /** The bytes of the resource at this path, or null when it is not here. */
    byte[] read(String path) {
      try {
        if (jar != null) {
          ZipEntry e = jar.getEntry(path);
          if (e == null || e.isDirectory()) {
            return null;
          }
          try (InputStream in = jar.getInputStream(e)) {
            return in.readAllBytes();
          }
        }
        Path f = dir.resolve(path);
        return Files.isRegularFile(f) ? Files.readAllBytes(f) : null;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled resource " + path, e);
      }
    }

    /** The length and CRC-32 of a jar entry as the jar records them, or null (not a jar, no such entry). */
    long[] lengthAndCrc(String path) {
      if (jar == null) {
        return null;
      }
      ZipEntry e = jar.getEntry(path);
      return e == null || e.isDirectory() || e.getSize() < 0 || e.getCrc() < 0 ? null
          : new long[] {e.getSize(), e.getCrc()};
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

  /**
   * The CRC-32 of a resource beside {@code anchor} (-1 when it is missing): as remembered when it was read, else as
   * its jar entry records it, else read.
   */
  public static long resourceCrc(Class<?> anchor, String name) {
    synchronized (CRCS) {
      Long crc = CRCS.get(anchor.getPackageName() + "/" + name);
      if (crc != null) {
        return crc;
      }
    }
    Origin origin = Origin.of(anchor);
    long[] fromJar = origin == null ? null : origin.lengthAndCrc(path(anchor, name));
    if (fromJar != null) {
      return fromJar[1];
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
