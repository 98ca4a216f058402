package io.github.pgtagger.evaluation;

import io.github.pgtagger.model.Language;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One text of a gold standard with the labels a human coder gave it.
 *
 * @param id the text's identifier, unique within its gold standard
 * @param lang the language of the text; the evaluator tags the text in this language
 * @param text the text
 * @param dimensions the dimension codes the coder gave (may be empty), iterated in sorted order
 * @param interpretations the interpretation codes the coder gave (may be empty), iterated in sorted order
 */
public record GoldRecord(
    String id, Language lang, String text, Set<String> dimensions, Set<String> interpretations) {
  /** Validates that nothing is null and copies the sets. */
  public GoldRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(text, "text");
    dimensions = Collections.unmodifiableSortedSet(new TreeSet<>(dimensions));
    interpretations = Collections.unmodifiableSortedSet(new TreeSet<>(interpretations));
  }
}
