package io.github.pgtagger.model;

import java.util.Objects;

/**
 * One interpretation of Positive Health in a {@link Codebook}.
 *
 * @param code stable code, upper case with underscores, e.g. {@code MOVEMENT}
 * @param nameNl Dutch name
 * @param nameEn English name
 * @param descriptionNl Dutch description of what a text expressing it talks about
 * @param descriptionEn English description
 * @param wording {@code confirmed} when the name follows the source's published wording, {@code reconstructed}
 *     when it was reconstructed from the source's themes
 */
public record Interpretation(
    String code, String nameNl, String nameEn, String descriptionNl, String descriptionEn, String wording) {
  /** Validates that code and names are present. */
  public Interpretation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameNl, "nameNl");
    Objects.requireNonNull(nameEn, "nameEn");
    descriptionNl = descriptionNl == null ? "" : descriptionNl;
    descriptionEn = descriptionEn == null ? "" : descriptionEn;
    wording = wording == null ? "unspecified" : wording;
  }

  /** The name in the given language. */
  public String name(Language language) {
    return language == Language.NL ? nameNl : nameEn;
  }
}
