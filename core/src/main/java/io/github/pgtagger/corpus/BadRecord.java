package io.github.pgtagger.corpus;

import java.util.Objects;

/**
 * A row that could not be read, kept in its place so that output rows stay aligned with input rows.
 *
 * @param line 1-based line, row or file number
 * @param id the id when it could be read, else null
 * @param error what is wrong, e.g. {@code malformed JSON: Unexpected character ('x')}
 */
public record BadRecord(long line, String id, String error) implements CorpusRecord {
  /** Validates the error text. */
  public BadRecord {
    Objects.requireNonNull(error, "error");
  }
}
