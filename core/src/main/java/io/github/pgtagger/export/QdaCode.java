package io.github.pgtagger.export;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One code of a REFI-QDA codebook, with its child codes.
 *
 * @param key the stable name the GUID is derived from, e.g. {@code dimension:BODILY_FUNCTIONS} or {@code
 *     aspect:mph-2016:SLEEP}; see {@link QdaCodebook}
 * @param guid the GUID, {@code QdaGuids.of(key)}
 * @param name the display name, in the codebook's language
 * @param description a description for the researcher, or an empty string
 * @param color the colour as {@code #RRGGBB}
 * @param codable whether segments can be coded with it (false for a grouping code)
 * @param children the child codes, in order
 */
public record QdaCode(
    String key, UUID guid, String name, String description, String color, boolean codable, List<QdaCode> children) {
  private static final Pattern COLOR = Pattern.compile("#[0-9A-F]{6}");

  /** Validates the fields and copies the children. */
  public QdaCode {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    Objects.requireNonNull(color, "color");
    if (!COLOR.matcher(color).matches()) {
      throw new IllegalArgumentException("color must be #RRGGBB in upper-case hex but is " + color);
    }
    children = List.copyOf(children);
  }

  /** A code whose GUID is derived from its key with {@link QdaGuids#of(String...)}. */
  public static QdaCode of(
      String key, String name, String description, String color, boolean codable, List<QdaCode> children) {
    return new QdaCode(key, QdaGuids.of(key), name, description, color, codable, children);
  }
}
