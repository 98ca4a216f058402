package io.github.pgtagger.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tags of one text: only assigned tags, highest score first.
 *
 * @param language the language the text was analysed in
 * @param languageDetected true when the language was detected, false when the caller gave it
 * @param dimensions the assigned dimensions, highest score first
 * @param interpretations the assigned interpretations, highest score first
 */
public record TaggingResult(
    Language language,
    boolean languageDetected,
    List<DimensionTag> dimensions,
    List<InterpretationTag> interpretations) {
  /** Copies the lists. */
  public TaggingResult {
    Objects.requireNonNull(language, "language");
    dimensions = List.copyOf(dimensions);
    interpretations = List.copyOf(interpretations);
  }

  /** True when no tag was assigned. */
  public boolean isEmpty() {
    return dimensions.isEmpty() && interpretations.isEmpty();
  }

  /** The tag of a dimension, if assigned. */
  public Optional<DimensionTag> dimension(Dimension dimension) {
    return dimensions.stream().filter(t -> t.dimension() == dimension).findFirst();
  }

  /** The tag of an interpretation code, if assigned. */
  public Optional<InterpretationTag> interpretation(String code) {
    return interpretations.stream().filter(t -> t.code().equals(code)).findFirst();
  }
}
