package io.github.pgtagger.analysis;

import io.github.pgtagger.model.Language;
import java.util.Set;

/**
 * Decides the language of a text among the languages a tagger has enabled. Implementations must be thread-safe.
 * The default is {@link FunctionWordLanguageDetector}; a user can plug in another detector (for example one built
 * on Lingua) with {@code Tagger.builder().languageDetector(...)}.
 */
@FunctionalInterface
public interface LanguageDetector {
  /**
   * Returns the most likely language of {@code text}.
   *
   * @param text the text, possibly empty
   * @param candidates the enabled languages, never empty; the result must be one of them
   */
  Language detect(CharSequence text, Set<Language> candidates);
}
