package io.github.pgtagger.tagging;

/** A text longer than the tagger's limit. The message gives the length, the limit and the setting to change. */
public final class TextTooLongException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int length;
  private final int limit;

  /** Creates the exception for a text of {@code length} chars over a limit of {@code limit}. */
  public TextTooLongException(int length, int limit) {
    super("text of " + length + " chars is longer than the limit of " + limit
        + " chars; raise it with Tagger.Builder.maxTextLength(int) or the CLI option --max-text-length,"
        + " or segment the text");
    this.length = length;
    this.limit = limit;
  }

  /** The length of the refused text, in chars. */
  public int length() {
    return length;
  }

  /** The limit in force, in chars. */
  public int limit() {
    return limit;
  }
}
