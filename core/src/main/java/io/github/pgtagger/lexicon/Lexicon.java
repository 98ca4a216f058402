package io.github.pgtagger.lexicon;

import io.github.pgtagger.internal.EncodedEntries;
import io.github.pgtagger.model.Language;
import java.util.List;
import java.util.Objects;

/**
 * A validated lexicon: the entries of one language and scheme, read from one file. Immutable.
 *
 * @param source the file or resource it was read from, used in messages
 * @param language the language of its terms
 * @param scheme whether its labels are dimensions or interpretations
 * @param provenance who wrote it and from what
 * @param entries the entries in file order
 */
public record Lexicon(
    String source, Language language, Scheme scheme, String provenance, List<LexiconEntry> entries) {
  /** Copies the entry list. */
  public Lexicon {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(scheme, "scheme");
    provenance = provenance == null ? "" : provenance;
    entries = entries instanceof EncodedEntries ? entries : List.copyOf(entries); // decoded when read
  }
}
