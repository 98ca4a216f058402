package io.github.pgtagger.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.pgtagger.model.DataFileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads small JSON data files (lexicons, codebooks, aspect sets) as trees and validates their fields with messages
 * that name the file and the place. Not part of the API.
 */
public final class StrictJson {
  /** Largest data file accepted, in bytes. */
  public static final int MAX_DATA_FILE_BYTES = 32 * 1024 * 1024;
  /** Largest string value accepted in a data file, in chars. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Deepest nesting of arrays and objects accepted in a data file. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest number accepted in a data file, in chars. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** One shared mapper: no polymorphic typing, duplicate keys rejected, bounded reads. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build());
  }

  private static final Pattern JACKSON_GETTER = Pattern.compile(", from `[A-Za-z.()]+`\\)");

  private StrictJson() {}

  /** Parses a whole data file, refusing files over {@link #MAX_DATA_FILE_BYTES}. */
  public static JsonNode read(InputStream in, String source) {
    try {
      byte[] bytes = in.readNBytes(MAX_DATA_FILE_BYTES + 1);
      if (bytes.length > MAX_DATA_FILE_BYTES) {
        throw new DataFileException(source, "", "file is larger than the limit of "
            + MAX_DATA_FILE_BYTES + " bytes; split it into several files");
      }
      JsonNode node = MAPPER.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw new DataFileException(source, "", "file is empty; expected a JSON object");
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw new DataFileException(source, where(e), limitMessage(e), e);
    } catch (JsonProcessingException e) {
      throw new DataFileException(source, where(e), "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new DataFileException(source, "", "cannot read: " + e.getMessage(), e);
    }
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
        : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }

  /**
   * The message of a Jackson limit violation without the Jackson getter it names, e.g. {@code JSON limit exceeded:
   * Document nesting depth (65) exceeds the maximum allowed (64)}.
   */
  public static String limitMessage(StreamConstraintsException e) {
    return "JSON limit exceeded: " + JACKSON_GETTER.matcher(e.getOriginalMessage()).replaceAll(")");
  }

  /** Refuses fields that are not in {@code allowed}. */
  public static void onlyFields(JsonNode obj, Set<String> allowed, String source, String where) {
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new DataFileException(source, where,
            "unknown field \"" + f + "\"; allowed fields are " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  /** The node must be an object. */
  public static JsonNode object(JsonNode node, String source, String where) {
    if (node == null || !node.isObject()) {
      throw new DataFileException(source, where, "expected a JSON object but found " + kind(node));
    }
    return node;
  }

  /** A required, non-blank string field. */
  public static String requiredText(JsonNode obj, String field, String source, String where) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      throw new DataFileException(source, where, "missing required field \"" + field + "\"");
    }
    if (!v.isTextual()) {
      throw new DataFileException(source, where,
          "field \"" + field + "\" must be a string but is " + kind(v));
    }
    if (v.asText().isBlank()) {
      throw new DataFileException(source, where, "field \"" + field + "\" must not be empty");
    }
    return v.asText();
  }

  /** An optional string field, or null. */
  public static String optionalText(JsonNode obj, String field, String source, String where) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return requiredText(obj, field, source, where);
  }

  /** An optional array of non-blank strings; empty when absent. */
  public static List<String> textList(JsonNode obj, String field, String source, String where) {
    JsonNode v = obj.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new DataFileException(source, where,
          "field \"" + field + "\" must be an array of strings but is " + kind(v));
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isTextual()) {
        throw new DataFileException(source, where,
            field + "[" + i + "] must be a string but is " + kind(e));
      }
      if (e.asText().isBlank()) {
        throw new DataFileException(source, where, field + "[" + i + "] is empty");
      }
      out.add(e.asText());
    }
    return out;
  }

  /** A short description of a node's JSON type for messages. */
  public static String kind(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isNull()) {
      return "null";
    }
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
        + (n.isValueNode() ? " " + abbreviate(n.toString()) : "");
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

}
