package io.github.pgtagger.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pgtagger.internal.Precompiled;
import io.github.pgtagger.internal.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A codebook of interpretations of Positive Health, loaded from data. The bundled default, {@link #yaron2021()},
 * holds the five interpretations found by Yaron, Spreeuwenberg and Ruwaard (2021); the first follows the
 * published wording, the other four are reconstructed from the report's themes (see {@link
 * Interpretation#wording()}). A researcher can load another codebook with {@link #load(Path)}. Immutable and
 * thread-safe.
 *
 * <p>File format: {@code {"schemaVersion": 1, "id": "...", "title": "...", "source": "...", "interpretations":
 * [{"code": "BROAD_VIEW", "wording": "confirmed", "name": {"nl": "...", "en": "..."}, "description": {"nl": "...",
 * "en": "..."}}]}}.
 */
public final class Codebook {
  private static final String DEFAULT_RESOURCE = "codebook-yaron-2021.json";
  private static final Set<String> TOP_FIELDS =
      Set.of("schemaVersion", "id", "title", "source", "interpretations");
  private static final Set<String> ITEM_FIELDS = Set.of("code", "wording", "name", "description");
  private static final Set<String> LANG_FIELDS = Set.of("nl", "en");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private final String id;
  private final String title;
  private final String source;
  private final List<Interpretation> interpretations;

  /** Creates a codebook; codes must be unique and match {@code [A-Z][A-Z0-9_]*}. */
  public Codebook(String id, String title, String source, List<Interpretation> interpretations) {
    this.id = id;
    this.title = title == null ? id : title;
    this.source = source == null ? "" : source;
    this.interpretations = List.copyOf(interpretations);
    Set<String> seen = new HashSet<>();
    for (Interpretation i : this.interpretations) {
      if (!CODE.matcher(i.code()).matches()) {
        throw new IllegalArgumentException("interpretation code must match [A-Z][A-Z0-9_]*: " + i.code());
      }
      if (!seen.add(i.code())) {
        throw new IllegalArgumentException("duplicate interpretation code " + i.code());
      }
    }
  }

  private static final class DefaultHolder {
    static final Codebook INSTANCE = loadResource(DEFAULT_RESOURCE);
  }

  /** The bundled codebook {@code yaron-2021}. */
  public static Codebook yaron2021() {
    return DefaultHolder.INSTANCE;
  }

  /** Loads a codebook from a JSON file. */
  public static Codebook load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new DataFileException(file.toString(), "", "cannot read: " + e.getMessage(), e);
    }
  }

  private static Codebook loadResource(String name) {
    ByteBuffer bin = Precompiled.open(Codebook.class, name);
    if (bin != null) {
      return readPrecompiled(bin);
    }
    try (InputStream in = Codebook.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + name);
      }
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the body written by {@code PrecompileData} from a validated codebook. */
  private static Codebook readPrecompiled(ByteBuffer in) {
    String id = Precompiled.readString(in);
    String title = Precompiled.readString(in);
    String source = Precompiled.readString(in);
    int n = in.getInt();
    List<Interpretation> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(new Interpretation(Precompiled.readString(in), Precompiled.readString(in),
          Precompiled.readString(in), Precompiled.readString(in), Precompiled.readString(in),
          Precompiled.readString(in)));
    }
    return new Codebook(id, title, source, items);
  }

  /** Reads and validates a codebook; {@code source} names it in error messages. */
  public static Codebook read(InputStream in, String source) {
    JsonNode root = StrictJson.object(StrictJson.read(in, source), source, "");
    StrictJson.onlyFields(root, TOP_FIELDS, source, "");
    if (root.path("schemaVersion").asInt(-1) != 1) {
      throw new DataFileException(source, "schemaVersion",
          "expected 1 but found " + StrictJson.kind(root.get("schemaVersion")));
    }
    String id = StrictJson.requiredText(root, "id", source, "");
    JsonNode arr = root.get("interpretations");
    if (arr == null || !arr.isArray() || arr.isEmpty()) {
      throw new DataFileException(source, "interpretations", "expected a non-empty array");
    }
    List<Interpretation> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < arr.size(); i++) {
      String where = "interpretations[" + i + "]";
      JsonNode n = StrictJson.object(arr.get(i), source, where);
      StrictJson.onlyFields(n, ITEM_FIELDS, source, where);
      String code = StrictJson.requiredText(n, "code", source, where);
      if (!CODE.matcher(code).matches()) {
        throw new DataFileException(source, where,
            "code \"" + code + "\" must be upper case letters, digits and underscores, e.g. BROAD_VIEW");
      }
      if (!seen.add(code)) {
        throw new DataFileException(source, where, "duplicate code \"" + code + "\"");
      }
      JsonNode name = StrictJson.object(n.get("name"), source, where + ".name");
      StrictJson.onlyFields(name, LANG_FIELDS, source, where + ".name");
      JsonNode desc = n.get("description");
      String dNl = null;
      String dEn = null;
      if (desc != null && !desc.isNull()) {
        StrictJson.object(desc, source, where + ".description");
        StrictJson.onlyFields(desc, LANG_FIELDS, source, where + ".description");
        dNl = StrictJson.optionalText(desc, "nl", source, where + ".description");
        dEn = StrictJson.optionalText(desc, "en", source, where + ".description");
      }
      String wording = StrictJson.optionalText(n, "wording", source, where);
      if (wording != null && !Set.of("confirmed", "reconstructed", "unspecified").contains(wording)) {
        throw new DataFileException(source, where,
            "wording \"" + wording + "\" must be one of confirmed, reconstructed, unspecified");
      }
      items.add(new Interpretation(code,
          StrictJson.requiredText(name, "nl", source, where + ".name"),
          StrictJson.requiredText(name, "en", source, where + ".name"), dNl, dEn, wording));
    }
    return new Codebook(id, StrictJson.optionalText(root, "title", source, ""),
        StrictJson.optionalText(root, "source", source, ""), items);
  }

  /** The identifier, e.g. {@code yaron-2021}. */
  public String id() {
    return id;
  }

  /** A human-readable title. */
  public String title() {
    return title;
  }

  /** The bibliographic source. */
  public String source() {
    return source;
  }

  /** The interpretations in codebook order. */
  public List<Interpretation> interpretations() {
    return interpretations;
  }

  /** The codes in codebook order. */
  public List<String> codes() {
    List<String> codes = new ArrayList<>(interpretations.size());
    for (Interpretation i : interpretations) {
      codes.add(i.code());
    }
    return Collections.unmodifiableList(codes);
  }

  /** The interpretation with the given code, if any. */
  public Optional<Interpretation> find(String code) {
    for (Interpretation i : interpretations) {
      if (i.code().equals(code)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Codebook[" + id + ", " + codes() + "]";
  }
}
