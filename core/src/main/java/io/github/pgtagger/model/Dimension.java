package io.github.pgtagger.model;

import java.util.List;

/**
 * The six dimensions of Positive Health (Huber et al., BMJ Open 2016), with their stable codes.
 *
 * <p>The enum constant names are the stable codes used in lexicon files, results and exports. The aspects of
 * a dimension come from an {@link AspectSet}; {@link #aspects()} returns those of the default set
 * ({@link AspectSet#mph2016()}).
 */
public enum Dimension {
  /** Lichaamsfuncties. */
  BODILY_FUNCTIONS("Lichaamsfuncties", "Bodily functions"),
  /** Mentaal welbevinden. */
  MENTAL_WELLBEING("Mentaal welbevinden", "Mental well-being"),
  /** Zingeving. */
  MEANINGFULNESS("Zingeving", "Meaningfulness"),
  /** Kwaliteit van leven. */
  QUALITY_OF_LIFE("Kwaliteit van leven", "Quality of life"),
  /** Meedoen. */
  PARTICIPATION("Meedoen", "Participation"),
  /** Dagelijks functioneren. */
  DAILY_FUNCTIONING("Dagelijks functioneren", "Daily functioning");

  private final String nameNl;
  private final String nameEn;

  Dimension(String nameNl, String nameEn) {
    this.nameNl = nameNl;
    this.nameEn = nameEn;
  }

  /** The stable code, equal to {@link #name()}. */
  public String code() {
    return name();
  }

  /** The Dutch name. */
  public String nameNl() {
    return nameNl;
  }

  /** The English name. */
  public String nameEn() {
    return nameEn;
  }

  /** The name in the given language. */
  public String displayName(Language language) {
    return language == Language.NL ? nameNl : nameEn;
  }

  /** The aspects of this dimension in the default aspect set, in their published order. */
  public List<Aspect> aspects() {
    return AspectSet.mph2016().aspectsOf(this);
  }

  /**
   * Returns the dimension with the given code.
   *
   * @throws IllegalArgumentException naming the code and the valid codes when it is unknown
   */
  public static Dimension fromCode(String code) {
    for (Dimension d : values()) {
      if (d.name().equals(code)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dimension code '" + code + "': expected one of "
        + java.util.Arrays.toString(values()));
  }
}
