package io.github.pgtagger.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * Name-based GUIDs (RFC 4122 version 5, SHA-1) for the REFI-QDA exports, so that the same code, source or
 * selection gets the same GUID in every export. Names are UTF-8 strings in the namespace {@link #NAMESPACE}; the
 * names pgtagger uses are listed in {@code docs/refi-qda.md}, e.g. {@code dimension:BODILY_FUNCTIONS}.
 */
public final class QdaGuids {
  /** The namespace of pgtagger's names: the version 5 UUID of the URL {@code https://github.com/pgtagger}. */
  public static final UUID NAMESPACE =
      v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://github.com/pgtagger");

  private QdaGuids() {}

  /**
   * The GUID of a name in {@link #NAMESPACE}, where the name is the parts joined by U+0000: {@code of("a", "b")}
   * is the version 5 UUID of "a", U+0000, "b". The parts are hashed one by one, so a long text costs no copy.
   */
  public static UUID of(String... parts) {
    MessageDigest sha1 = sha1();
    sha1.update(bytes(NAMESPACE));
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sha1.update((byte) 0);
      }
      sha1.update(parts[i].getBytes(StandardCharsets.UTF_8));
    }
    return fromHash(sha1.digest());
  }

  /** The version 5 UUID of a name in a namespace (RFC 4122 section 4.3). */
  public static UUID v5(UUID namespace, String name) {
    MessageDigest sha1 = sha1();
    sha1.update(bytes(namespace));
    sha1.update(name.getBytes(StandardCharsets.UTF_8));
    return fromHash(sha1.digest());
  }

  /** The GUID in the form the REFI-QDA schemas use: 36 chars, lower-case hex with hyphens. */
  public static String format(UUID guid) {
    return guid.toString().toLowerCase(Locale.ROOT);
  }

  private static UUID fromHash(byte[] h) {
    h[6] = (byte) ((h[6] & 0x0f) | 0x50);
    h[8] = (byte) ((h[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }

  private static byte[] bytes(UUID u) {
    return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by every Java platform", e);
    }
  }
}
