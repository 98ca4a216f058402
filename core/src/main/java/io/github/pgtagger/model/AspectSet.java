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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The aspects of the six dimensions, loaded from data so that a newer version of the questionnaire can be used
 * without code changes. The default, {@link #mph2016()}, is "Mijn Positieve Gezondheid" (2016): 7 aspects per
 * dimension, 42 in all. Immutable and thread-safe.
 *
 * <p>File format: {@code {"schemaVersion": 1, "id": "...", "title": "...", "source": "...", "aspects": [{"id":
 * "SLEEP", "dimension": "BODILY_FUNCTIONS", "nl": "slapen", "en": "sleep"}, ...]}}.
 */
public final class AspectSet {
  private static final String DEFAULT_RESOURCE = "aspects-mph-2016.json";
  private static final Set<String> TOP_FIELDS = Set.of("schemaVersion", "id", "title", "source", "aspects");
  private static final Set<String> ASPECT_FIELDS = Set.of("id", "dimension", "nl", "en");

  private final String id;
  private final String title;
  private final Map<String, Aspect> byId;
  private final Map<Dimension, List<Aspect>> byDimension;

  private AspectSet(String id, String title, List<Aspect> aspects) {
    this.id = id;
    this.title = title;
    Map<String, Aspect> ids = new LinkedHashMap<>();
    Map<Dimension, List<Aspect>> dims = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      dims.put(d, new ArrayList<>());
    }
    for (Aspect a : aspects) {
      ids.put(a.id(), a);
      dims.get(a.dimension()).add(a);
    }
    for (Map.Entry<Dimension, List<Aspect>> e : dims.entrySet()) { // no lambda: a bootstrap on the build path
      e.setValue(List.copyOf(e.getValue()));
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.byDimension = Collections.unmodifiableMap(dims);
  }

  private static final class DefaultHolder {
    static final AspectSet INSTANCE = loadResource(DEFAULT_RESOURCE);
  }

  /** The 2016 "Mijn Positieve Gezondheid" aspects (42), bundled with the library. */
  public static AspectSet mph2016() {
    return DefaultHolder.INSTANCE;
  }

  /** Loads an aspect set from a JSON file. */
  public static AspectSet load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new DataFileException(file.toString(), "", "cannot read: " + e.getMessage(), e);
    }
  }

  private static AspectSet loadResource(String name) {
    ByteBuffer bin = Precompiled.open(AspectSet.class, name);
    if (bin != null) {
      return readPrecompiled(bin);
    }
    try (InputStream in = AspectSet.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + name);
      }
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the body written by {@code PrecompileData} from a validated aspect set. */
  private static AspectSet readPrecompiled(ByteBuffer in) {
    String id = Precompiled.readString(in);
    String title = Precompiled.readString(in);
    int n = in.getInt();
    List<Aspect> aspects = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      aspects.add(new Aspect(Precompiled.readString(in), Dimension.valueOf(Precompiled.readString(in)),
          Precompiled.readString(in), Precompiled.readString(in)));
    }
    return new AspectSet(id, title, aspects);
  }

  /** Reads and validates an aspect set; {@code source} names it in error messages. */
  public static AspectSet read(InputStream in, String source) {
    JsonNode root = StrictJson.object(StrictJson.read(in, source), source, "");
    StrictJson.onlyFields(root, TOP_FIELDS, source, "");
    if (root.path("schemaVersion").asInt(-1) != 1) {
      throw new DataFileException(source, "schemaVersion", "expected 1 but found " + StrictJson.kind(root.get("schemaVersion")));
    }
    String id = StrictJson.requiredText(root, "id", source, "");
    String title = StrictJson.optionalText(root, "title", source, "");
    JsonNode arr = root.get("aspects");
    if (arr == null || !arr.isArray() || arr.isEmpty()) {
      throw new DataFileException(source, "aspects", "expected a non-empty array of aspects");
    }
    List<Aspect> aspects = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < arr.size(); i++) {
      String where = "aspects[" + i + "]";
      JsonNode a = StrictJson.object(arr.get(i), source, where);
      StrictJson.onlyFields(a, ASPECT_FIELDS, source, where);
      String aid = StrictJson.requiredText(a, "id", source, where);
      String dim = StrictJson.requiredText(a, "dimension", source, where);
      Dimension d;
      try {
        d = Dimension.fromCode(dim);
      } catch (IllegalArgumentException e) {
        throw new DataFileException(source, where, e.getMessage(), e);
      }
      if (!seen.add(aid)) {
        throw new DataFileException(source, where, "duplicate aspect id \"" + aid + "\"");
      }
      aspects.add(new Aspect(aid, d, StrictJson.requiredText(a, "nl", source, where),
          StrictJson.requiredText(a, "en", source, where)));
    }
    return new AspectSet(id, title == null ? id : title, aspects);
  }

  /** The identifier of this set, e.g. {@code mph-2016}. */
  public String id() {
    return id;
  }

  /** A human-readable title. */
  public String title() {
    return title;
  }

  /** All aspects, grouped by dimension in enum order. */
  public List<Aspect> all() {
    List<Aspect> out = new ArrayList<>();
    byDimension.values().forEach(out::addAll);
    return List.copyOf(out);
  }

  /** The aspects of one dimension, in published order. */
  public List<Aspect> aspectsOf(Dimension dimension) {
    return byDimension.get(dimension);
  }

  /** The aspect with the given id, if any. */
  public Optional<Aspect> find(String aspectId) {
    return Optional.ofNullable(byId.get(aspectId));
  }

  @Override
  public String toString() {
    return "AspectSet[" + id + ", " + byId.size() + " aspects]";
  }
}
