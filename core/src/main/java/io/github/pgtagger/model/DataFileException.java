package io.github.pgtagger.model;

/**
 * A data file (lexicon, codebook, aspect set, gold standard) that cannot be used. The message names the file, the
 * place in it (entry, field or line) and what was expected, for example
 * {@code my-lexicon.json: entries[12] (id "bf-pain"): unknown aspect "PAINS" for BODILY_FUNCTIONS; expected one of
 * [...]}.
 */
public class DataFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String location;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name
   * @param location where in the file, such as {@code entries[3]} or {@code line 12}; may be empty
   * @param problem what is wrong and what was expected
   */
  public DataFileException(String source, String location, String problem) {
    this(source, location, problem, null);
  }

  /** Creates the exception with a cause. */
  public DataFileException(String source, String location, String problem, Throwable cause) {
    super(source + (location == null || location.isEmpty() ? "" : ": " + location) + ": " + problem, cause);
    this.source = source;
    this.location = location == null ? "" : location;
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** Where in the file the problem is; empty when it concerns the whole file. */
  public String location() {
    return location;
  }
}
