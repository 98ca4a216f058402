package io.github.pgtagger.export;

/**
 * Makes cell values safe to open in a spreadsheet (OWASP "CSV injection"): a value that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return could be run as a formula by Excel, LibreOffice or
 * Google Sheets, so it gets a single quote ({@code '}) in front. The quote stays in the file: a program that reads
 * the CSV sees it too (so {@code -3} becomes {@code '-3}). Thread-safe.
 */
public final class CsvCells {
  private CsvCells() {}

  /** Whether a spreadsheet could read the value as a formula: it starts with {@code = + - @ TAB CR}. */
  public static boolean isRisky(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** The value with a {@code '} in front when it {@link #isRisky is risky}, else the value itself; null gives "". */
  public static String neutralise(String value) {
    if (value == null) {
      return "";
    }
    return isRisky(value) ? "'" + value : value;
  }
}
