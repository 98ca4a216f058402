package io.github.pgtagger.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.pgtagger.internal.StrictJson;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.DataFileException;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A gold standard: texts with the labels a human coder gave them, read from JSON Lines. Immutable.
 *
 * <p>Each non-blank line is one object {@code {"id": "r1", "lang": "nl", "text": "...", "dimensions":
 * ["BODILY_FUNCTIONS"], "interpretations": ["SELF_DIRECTION"]}}. All five fields are required; {@code id} is a
 * non-empty string or an integer and unique in the file; {@code lang} is {@code nl} or {@code en}; the arrays may
 * be empty but must hold known codes ({@link Dimension} codes and the codes of the given {@link Codebook}), each at
 * most once. Other fields are ignored. Blank lines are skipped. The first bad line stops reading with a
 * {@link DataFileException} naming the file and the line.
 */
public final class GoldStandard {
  private static final Set<String> DIMENSION_CODES = dimensionCodes();

  private final String source;
  private final List<GoldRecord> records;

  /** Creates a gold standard from records; ids must be unique. */
  public GoldStandard(String source, List<GoldRecord> records) {
    this.source = Objects.requireNonNull(source, "source");
    this.records = List.copyOf(records);
    Set<String> ids = new java.util.HashSet<>();
    for (GoldRecord r : this.records) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException(source + ": duplicate id \"" + r.id() + "\"");
      }
    }
  }

  private static Set<String> dimensionCodes() {
    Set<String> s = new LinkedHashSet<>();
    for (Dimension d : Dimension.values()) {
      s.add(d.code());
    }
    return Set.copyOf(s);
  }

  /** Reads a gold standard file, checking interpretation codes against {@link Codebook#yaron2021()}. */
  public static GoldStandard read(Path file) {
    return read(file, Codebook.yaron2021());
  }

  /** Reads a gold standard file, checking interpretation codes against the given codebook. */
  public static GoldStandard read(Path file, Codebook codebook) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), codebook);
    } catch (IOException e) {
      throw new DataFileException(file.toString(), "", "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a gold standard from a UTF-8 stream, which the caller closes.
   *
   * @param source names the stream in error messages
   * @throws DataFileException for the first line that is not a valid record, or when there is no record
   */
  public static GoldStandard read(InputStream in, String source, Codebook codebook) {
    Set<String> interpretationCodes = Set.copyOf(codebook.codes());
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    List<GoldRecord> records = new ArrayList<>();
    Map<String, Long> firstLineOfId = new HashMap<>();
    long lineNumber = 0;
    try {
      String line;
      while (true) {
        try {
          line = reader.readLine();
        } catch (CharacterCodingException e) {
          throw new DataFileException(source, "line " + (lineNumber + 1), "not valid UTF-8; save the file as UTF-8");
        }
        if (line == null) {
          break;
        }
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        GoldRecord r = parse(line, source, lineNumber, codebook, interpretationCodes);
        Long earlier = firstLineOfId.putIfAbsent(r.id(), lineNumber);
        if (earlier != null) {
          throw new DataFileException(source, "line " + lineNumber,
              "duplicate id \"" + r.id() + "\"; first used on line " + earlier);
        }
        records.add(r);
      }
    } catch (IOException e) {
      throw new DataFileException(source, "line " + (lineNumber + 1), "cannot read: " + e.getMessage(), e);
    }
    if (records.isEmpty()) {
      throw new DataFileException(source, "", "no records; expected one JSON object per line with \"id\", "
          + "\"lang\", \"text\", \"dimensions\" and \"interpretations\"");
    }
    return new GoldStandard(source, records);
  }

  private static GoldRecord parse(String line, String source, long lineNumber, Codebook codebook,
      Set<String> interpretationCodes) {
    String where = "line " + lineNumber;
    JsonNode node;
    try {
      node = StrictJson.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new DataFileException(source, where, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    StrictJson.object(node, source, where);
    JsonNode idNode = node.get("id");
    String id;
    if (idNode == null || idNode.isNull()) {
      throw new DataFileException(source, where, "missing required field \"id\"");
    } else if (idNode.isTextual() && !idNode.asText().isBlank()) {
      id = idNode.asText();
    } else if (idNode.isIntegralNumber()) {
      id = idNode.asText();
    } else {
      throw new DataFileException(source, where,
          "field \"id\" must be a non-empty string or an integer but is " + StrictJson.kind(idNode));
    }
    where = where + " (id \"" + id + "\")";
    String langCode = StrictJson.requiredText(node, "lang", source, where);
    Language lang;
    try {
      lang = Language.fromCode(langCode);
    } catch (IllegalArgumentException e) {
      throw new DataFileException(source, where, "field \"lang\": " + e.getMessage());
    }
    String text = StrictJson.requiredText(node, "text", source, where);
    Set<String> dims = codes(node, "dimensions", DIMENSION_CODES,
        Arrays.toString(Dimension.values()), source, where);
    Set<String> ints = codes(node, "interpretations", interpretationCodes,
        codebook.codes() + " (codebook " + codebook.id() + ")", source, where);
    return new GoldRecord(id, lang, text, dims, ints);
  }

  private static Set<String> codes(JsonNode node, String field, Set<String> valid, String validText,
      String source, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new DataFileException(source, where,
          "missing required field \"" + field + "\"; give [] when the text has none");
    }
    Set<String> out = new LinkedHashSet<>();
    for (String code : StrictJson.textList(node, field, source, where)) {
      if (!valid.contains(code)) {
        throw new DataFileException(source, where,
            field + ": unknown code \"" + code + "\"; expected one of " + validText);
      }
      if (!out.add(code)) {
        throw new DataFileException(source, where, field + ": code \"" + code + "\" is listed twice");
      }
    }
    return out;
  }

  /** The file or stream name the records came from. */
  public String source() {
    return source;
  }

  /** The records in file order. */
  public List<GoldRecord> records() {
    return records;
  }

  /** The number of records. */
  public int size() {
    return records.size();
  }

  @Override
  public String toString() {
    return "GoldStandard[" + source + ", " + records.size() + " records]";
  }
}
