package io.github.pgtagger.model;

import java.util.Locale;

/** A language the tagger can analyse, with its ISO 639-1 code. */
public enum Language {
  /** Dutch. */
  NL("nl"),
  /** English. */
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, lower case ("nl", "en"). */
  public String code() {
    return code;
  }

  /**
   * Returns the language for an ISO 639-1 code, ignoring case.
   *
   * @throws IllegalArgumentException naming the code and the supported codes when it is unknown
   */
  public static Language fromCode(String code) {
    if (code != null) {
      String c = code.trim().toLowerCase(Locale.ROOT);
      for (Language l : values()) {
        if (l.code.equals(c)) {
          return l;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown language '" + code + "': expected one of nl, en");
  }

  @Override
  public String toString() {
    return code;
  }
}
