package io.github.pgtagger.corpus;

import io.github.pgtagger.model.Language;
import java.util.Map;
import java.util.Objects;

/**
 * A text to tag, read from a corpus.
 *
 * @param line 1-based line, row or file number in the input
 * @param id the record's id (from the input, or the line number when the input has none)
 * @param text the text
 * @param language the language given by the input, or null to detect it
 * @param metadata other fields or columns of the input, passed through in order
 */
public record Reflection(long line, String id, String text, Language language, Map<String, String> metadata)
    implements CorpusRecord {
  /** Copies the metadata. */
  public Reflection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
  }
}
