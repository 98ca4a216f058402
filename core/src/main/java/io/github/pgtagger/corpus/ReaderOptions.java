package io.github.pgtagger.corpus;

/**
 * Options of the corpus readers.
 *
 * @param maxTextLength largest text accepted, in chars; longer texts become {@link BadRecord}s
 * @param textColumn name of the text field or column (default {@code text})
 * @param idColumn name of the id field or column (default {@code id})
 * @param langColumn name of the language field or column (default {@code lang})
 */
public record ReaderOptions(int maxTextLength, String textColumn, String idColumn, String langColumn) {
  /** Default options: 1 MiB texts, fields {@code text}, {@code id}, {@code lang}. */
  public static final ReaderOptions DEFAULTS = new ReaderOptions(1 << 20, "text", "id", "lang");

  /** Validates the options. */
  public ReaderOptions {
    if (maxTextLength < 1) {
      throw new IllegalArgumentException("maxTextLength must be at least 1 but is " + maxTextLength);
    }
    if (textColumn == null || textColumn.isBlank() || idColumn == null || idColumn.isBlank()
        || langColumn == null || langColumn.isBlank()) {
      throw new IllegalArgumentException("column names must not be empty");
    }
  }

  /** A copy with another text limit. */
  public ReaderOptions withMaxTextLength(int chars) {
    return new ReaderOptions(chars, textColumn, idColumn, langColumn);
  }

  /** A copy with other text and id columns. */
  public ReaderOptions withColumns(String text, String id) {
    return new ReaderOptions(maxTextLength, text, id, langColumn);
  }

  /** Largest line accepted, in bytes: room for the text in UTF-8 plus the JSON around it. */
  int maxLineBytes() {
    long bytes = (long) maxTextLength * 4 + 65536;
    return (int) Math.min(Integer.MAX_VALUE - 16, bytes);
  }

  String tooLong(int length) {
    return "text of " + length + " chars is longer than the limit of " + maxTextLength
        + " chars; raise it with --max-text-length (API: ReaderOptions.withMaxTextLength)";
  }
}
