package io.github.pgtagger.export;

/**
 * Escapes strings from the data for HTML and XML (SVG) text and attribute values. {@code & < > " '} become
 * entities; characters that XML 1.0 does not allow (controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE, U+FFFF) and those it discourages and HTML reports as errors (U+007F to U+009F, U+FDD0 to
 * U+FDEF, and U+xFFFE/U+xFFFF in every plane) are replaced by U+FFFD, the replacement character, so that the reader
 * sees that something was there. Thread-safe.
 */
public final class Markup {
  private Markup() {}

  /** The replacement for characters that must not appear in XML. */
  public static final char REPLACEMENT = '\uFFFD';

  /** The text escaped for use in HTML or XML element content and quoted attribute values; null gives "". */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = null;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      String rep = switch (cp) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> allowed(cp) ? null : String.valueOf(REPLACEMENT);
      };
      if (rep != null && sb == null) {
        sb = new StringBuilder(n + 16);
        sb.append(text, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.appendCodePoint(cp);
        }
      }
      i += width;
    }
    return sb == null ? text : sb.toString();
  }

  /** The text with every character that is not {@link #allowed allowed} replaced by U+FFFD; null gives "". */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> sb.appendCodePoint(allowed(cp) ? cp : REPLACEMENT));
    return sb.toString();
  }

  /**
   * Whether a code point may appear in the output: allowed by XML 1.0 ({@code #x9 | #xA | #xD | [#x20-#xD7FF] |
   * [#xE000-#xFFFD] | [#x10000-#x10FFFF]}) and not one of the discouraged characters named in the class comment.
   */
  public static boolean allowed(int cp) {
    if (cp == 0x9 || cp == 0xA || cp == 0xD) {
      return true;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return false;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return false;
    }
    if (cp >= 0xFDD0 && cp <= 0xFDEF) {
      return false;
    }
    if ((cp & 0xFFFE) == 0xFFFE) {
      return false;
    }
    return cp <= 0x10FFFF;
  }
}
