package io.github.pgtagger.model;

import java.util.Objects;

/**
 * One aspect of a dimension (one statement of the "Mijn Positieve Gezondheid" questionnaire), such as
 * {@code SLEEP} under {@link Dimension#BODILY_FUNCTIONS}.
 *
 * @param id stable identifier, upper case with underscores, unique within its {@link AspectSet}
 * @param dimension the dimension it belongs to
 * @param labelNl the Dutch label
 * @param labelEn the English label
 */
public record Aspect(String id, Dimension dimension, String labelNl, String labelEn) {
  /** Validates that no component is null or blank. */
  public Aspect {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(labelNl, "labelNl");
    Objects.requireNonNull(labelEn, "labelEn");
    if (id.isBlank() || labelNl.isBlank() || labelEn.isBlank()) {
      throw new IllegalArgumentException("aspect id and labels must not be blank: " + id);
    }
  }

  /** The label in the given language. */
  public String label(Language language) {
    return language == Language.NL ? labelNl : labelEn;
  }
}
