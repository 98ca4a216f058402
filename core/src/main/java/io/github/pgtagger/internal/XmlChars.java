package io.github.pgtagger.internal;

/**
 * Makes strings safe for XML 1.0 and for UTF-8 files. XML 1.0 allows tab, line feed, carriage return, U+0020 to
 * U+D7FF, U+E000 to U+FFFD and the supplementary planes (as surrogate pairs in Java); everything else (U+0000 to
 * U+0008, U+000B, U+000C, U+000E to U+001F, U+FFFE, U+FFFF and unpaired surrogates) is not allowed, not even as a
 * character reference.
 */
public final class XmlChars {
  /** The replacement character U+FFFD. */
  public static final char REPLACEMENT = '\uFFFD';

  private XmlChars() {}

  /** Whether the string contains no char that XML 1.0 forbids (including unpaired surrogates). */
  public static boolean isValid(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0xD800) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      if (!isAllowedBmp(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a single UTF-16 unit, standing alone, is an XML 1.0 char (surrogates never are). */
  private static boolean isAllowedBmp(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
  }

  /**
   * For XML text and attribute values: replaces each forbidden char, and each unpaired surrogate, by U+FFFD.
   * Returns the same instance when nothing needs replacing.
   */
  public static String forXml(String s) {
    return isValid(s) ? s : replace(s, REPLACEMENT, REPLACEMENT);
  }

  /**
   * For a source text whose positions must not move: replaces each forbidden control char and U+FFFE/U+FFFF by one
   * space and each unpaired surrogate by U+FFFD. Every replaced char is one code point before and after, so
   * code-point positions computed on the input stay valid on the result. Returns the same instance when nothing
   * needs replacing.
   */
  public static String forPlainText(String s) {
    return isValid(s) ? s : replace(s, ' ', REPLACEMENT);
  }

  private static String replace(String s, char forbidden, char unpairedSurrogate) {
    StringBuilder b = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(i + 1));
        i++;
      } else if (Character.isSurrogate(c)) {
        b.append(unpairedSurrogate);
      } else if (isAllowedBmp(c)) {
        b.append(c);
      } else {
        b.append(forbidden);
      }
    }
    return b.toString();
  }
}
