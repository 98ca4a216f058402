package io.github.pgtagger.analysis;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a document is split into {@link Segment}s before tagging. Every segment is trimmed of surrounding white space
 * and non-empty; segments are in document order and do not overlap; every char that is not white space lies in
 * exactly one segment. Offsets index the document as given (line breaks are not normalised).
 *
 * <ul>
 *   <li>{@link #NONE}: the whole document (trimmed) is one segment.
 *   <li>{@link #PARAGRAPH}: a paragraph ends at an empty line, that is two or more line breaks with only spaces or
 *       tabs between them. A single line break does not end a paragraph.
 *   <li>{@link #SENTENCE}: sentences never cross a line break (transcripts, notes and answers put one turn or bullet
 *       on a line); within a line, sentences end where {@link BreakIterator#getSentenceInstance(Locale)} ends them
 *       (after {@code . ! ?} followed by a space and a capital), except after a few common abbreviations such as
 *       {@code dr.}, {@code mevr.}, {@code bijv.}, {@code e.g.}.
 * </ul>
 *
 * <p>Thread-safe.
 */
public enum Segmentation {
  /** The whole document is one segment. */
  NONE,
  /** One segment per sentence. */
  SENTENCE,
  /** One segment per paragraph (blocks separated by an empty line). */
  PARAGRAPH;

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R(?:[\\h\\x0B\\f&&[^\\u180E]]*\\R)+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Set<String> ABBREVIATIONS = Set.of(
      "dr.", "drs.", "dhr.", "mevr.", "mw.", "mr.", "mrs.", "ms.", "prof.", "st.", "nr.", "no.", "vs.", "ca.",
      "bijv.", "bv.", "o.a.", "m.b.t.", "i.v.m.", "t.a.v.", "z.g.a.n.", "e.g.", "i.e.", "etc.", "resp.", "jr.",
      "sr.", "ir.", "ing.");

  /** The segmentation named by {@code none}, {@code sentence} or {@code paragraph} (any case). */
  public static Segmentation fromName(String name) {
    for (Segmentation s : values()) {
      if (s.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown segmentation '" + name + "': expected none, sentence or paragraph");
  }

  /** The lower-case name used on the command line and in output ({@code none}, {@code sentence}, ...). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Splits a document into segments. */
  public List<Segment> split(String document) {
    List<Segment> out = new ArrayList<>();
    switch (this) {
      case NONE -> addTrimmed(document, 0, document.length(), out);
      case PARAGRAPH -> splitOn(PARAGRAPH_BREAK, document, 0, document.length(), out);
      case SENTENCE -> {
        List<Segment> lines = new ArrayList<>();
        splitOn(LINE_BREAK, document, 0, document.length(), lines);
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        for (Segment line : lines) {
          sentences(document, line, it, out);
        }
      }
      default -> throw new AssertionError(this);
    }
    return out;
  }

  private static void splitOn(Pattern separator, String doc, int from, int to, List<Segment> out) {
    Matcher m = separator.matcher(doc).region(from, to);
    int start = from;
    while (m.find()) {
      addTrimmed(doc, start, m.start(), out);
      start = m.end();
    }
    addTrimmed(doc, start, to, out);
  }

  private static void sentences(String doc, Segment line, BreakIterator it, List<Segment> out) {
    String text = line.text(doc);
    it.setText(text);
    int start = 0;
    int pendingStart = -1;
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      int s = pendingStart >= 0 ? pendingStart : start;
      if (end < text.length() && endsWithAbbreviation(text, start, end)) {
        pendingStart = s;
      } else {
        addTrimmed(doc, line.start() + s, line.start() + end, out);
        pendingStart = -1;
      }
      start = end;
    }
    if (pendingStart >= 0) {
      addTrimmed(doc, line.start() + pendingStart, line.end(), out);
    }
  }

  private static boolean endsWithAbbreviation(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > start && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
      s--;
    }
    return s < e && ABBREVIATIONS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  private static void addTrimmed(String doc, int start, int end, List<Segment> out) {
    while (start < end && isSpace(doc, start)) {
      start++;
    }
    while (end > start && isSpace(doc, end - 1)) {
      end--;
    }
    if (start < end) {
      out.add(new Segment(start, end));
    }
  }

  private static boolean isSpace(String doc, int i) {
    char c = doc.charAt(i);
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
