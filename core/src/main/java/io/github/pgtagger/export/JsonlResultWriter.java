package io.github.pgtagger.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.pgtagger.model.Aspect;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.DocumentResult;
import io.github.pgtagger.tagging.SegmentResult;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one JSON object per line: a tagged text as {@code {"id", "language", "dimensions": [{"code", "score",
 * "aspects", "polarity", "evidence": [{"start", "end", "text", "entry", "term", "negated"}]}], "interpretations":
 * [...]}}, or a row that failed as {@code {"id", "line", "error"}}. Scores are rounded to 4 decimals. Not
 * thread-safe.
 *
 * <p>With metadata (columns or fields of the input other than id, text and language), a line has {@code "metadata":
 * {"name": "value", ...}} after the id, in input order. A document tagged in segments ({@link #write(String, Map,
 * DocumentResult)}) has the aggregated tags at the top level and then {@code "segmentation": "sentence"} and
 * {@code "segments": [{"start", "end", "dimensions": [...], "interpretations": [...]}]}, one entry per segment in
 * document order; all evidence offsets, also inside segments, index the whole document.
 */
public final class JsonlResultWriter implements Closeable, Flushable {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  /** Most distinct values (codes, aspect ids, entry ids, terms) kept encoded; beyond it values are encoded per use. */
  static final int MAX_CACHED_VALUES = 65_536;
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString METADATA = new SerializedString("metadata");
  private static final SerializedString LANGUAGE = new SerializedString("language");
  private static final SerializedString DIMENSIONS = new SerializedString("dimensions");
  private static final SerializedString INTERPRETATIONS = new SerializedString("interpretations");
  private static final SerializedString CODE = new SerializedString("code");
  private static final SerializedString SCORE = new SerializedString("score");
  private static final SerializedString ASPECTS = new SerializedString("aspects");
  private static final SerializedString POLARITY = new SerializedString("polarity");
  private static final SerializedString EVIDENCE = new SerializedString("evidence");
  private static final SerializedString START = new SerializedString("start");
  private static final SerializedString END = new SerializedString("end");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString ENTRY = new SerializedString("entry");
  private static final SerializedString TERM = new SerializedString("term");
  private static final SerializedString NEGATED = new SerializedString("negated");
  private static final SerializedString SEGMENTATION = new SerializedString("segmentation");
  private static final SerializedString SEGMENTS = new SerializedString("segments");

  static {
    // encode the shared names once, during class initialisation, so that every thread sees them complete
    for (SerializedString name : new SerializedString[] {ID, METADATA, LANGUAGE, DIMENSIONS, INTERPRETATIONS, CODE,
        SCORE, ASPECTS, POLARITY, EVIDENCE, START, END, TEXT, ENTRY, TERM, NEGATED, SEGMENTATION, SEGMENTS}) {
      name.asQuotedUTF8();
    }
  }

  private final JsonGenerator gen;
  private final Encoded values = new Encoded();

  /** Writes UTF-8 to a stream, which {@link #close()} closes. */
  public JsonlResultWriter(OutputStream out) throws IOException {
    this.gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    gen.setRootValueSeparator(new SerializedString("\n"));
  }

  /** Writes the line of a tagged text. */
  public void write(String id, TaggingResult result) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(ID);
    gen.writeString(id);
    writeBody(gen, result, values);
    gen.writeEndObject();
  }

  /** Writes the line of a tagged text with its metadata (omitted when empty). */
  public void write(String id, Map<String, String> metadata, TaggingResult result) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(ID);
    gen.writeString(id);
    writeMetadata(metadata);
    writeBody(gen, result, values);
    gen.writeEndObject();
  }

  /** Writes the line of a document tagged in segments, with its metadata (omitted when empty). */
  public void write(String id, Map<String, String> metadata, DocumentResult document) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(ID);
    gen.writeString(id);
    writeMetadata(metadata);
    writeBody(gen, document.document(), values);
    gen.writeFieldName(SEGMENTATION);
    gen.writeString(document.segmentation().code());
    gen.writeFieldName(SEGMENTS);
    gen.writeStartArray();
    for (SegmentResult s : document.segments()) {
      gen.writeStartObject();
      gen.writeFieldName(START);
      gen.writeNumber(s.segment().start());
      gen.writeFieldName(END);
      gen.writeNumber(s.segment().end());
      writeTags(gen, s.result(), values);
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private void writeMetadata(Map<String, String> metadata) throws IOException {
    if (metadata == null || metadata.isEmpty()) {
      return;
    }
    gen.writeFieldName(METADATA);
    gen.writeStartObject();
    for (Map.Entry<String, String> e : metadata.entrySet()) {
      gen.writeStringField(e.getKey(), e.getValue());
    }
    gen.writeEndObject();
  }

  /** Writes the fields of a result (language, dimensions, interpretations) into the current object. */
  public static void writeBody(JsonGenerator gen, TaggingResult result) throws IOException {
    writeBody(gen, result, null);
  }

  private static void writeBody(JsonGenerator gen, TaggingResult result, Encoded values)
      throws IOException {
    gen.writeFieldName(LANGUAGE);
    gen.writeString(result.language().code());
    writeTags(gen, result, values);
  }

  private static void writeTags(JsonGenerator gen, TaggingResult result, Encoded values)
      throws IOException {
    gen.writeFieldName(DIMENSIONS);
    gen.writeStartArray();
    for (DimensionTag t : result.dimensions()) {
      gen.writeStartObject();
      gen.writeFieldName(CODE);
      writeValue(gen, t.code(), values);
      gen.writeFieldName(SCORE);
      writeScore(gen, t.score(), values);
      gen.writeFieldName(ASPECTS);
      gen.writeStartArray();
      for (Aspect a : t.aspects()) {
        writeValue(gen, a.id(), values);
      }
      gen.writeEndArray();
      gen.writeFieldName(POLARITY);
      writeValue(gen, t.polarity().name(), values);
      writeEvidence(gen, t.evidence(), values);
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeFieldName(INTERPRETATIONS);
    gen.writeStartArray();
    for (InterpretationTag t : result.interpretations()) {
      gen.writeStartObject();
      gen.writeFieldName(CODE);
      writeValue(gen, t.code(), values);
      gen.writeFieldName(SCORE);
      writeScore(gen, t.score(), values);
      gen.writeFieldName(POLARITY);
      writeValue(gen, t.polarity().name(), values);
      writeEvidence(gen, t.evidence(), values);
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeEvidence(JsonGenerator gen, List<Evidence> evidence, Encoded values)
      throws IOException {
    gen.writeFieldName(EVIDENCE);
    gen.writeStartArray();
    for (Evidence e : evidence) {
      gen.writeStartObject();
      gen.writeFieldName(START);
      gen.writeNumber(e.start());
      gen.writeFieldName(END);
      gen.writeNumber(e.end());
      gen.writeFieldName(TEXT);
      gen.writeString(e.text());
      gen.writeFieldName(ENTRY);
      writeValue(gen, e.entry(), values);
      gen.writeFieldName(TERM);
      writeValue(gen, e.term(), values);
      gen.writeFieldName(NEGATED);
      gen.writeBoolean(e.negated());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  /** Writes a string that repeats between lines from its encoded form, encoding it on first use. */
  private static void writeValue(JsonGenerator gen, String value, Encoded values)
      throws IOException {
    if (values == null) {
      gen.writeString(value);
      return;
    }
    SerializedString encoded = values.strings.get(value);
    if (encoded == null) {
      if (values.strings.size() >= MAX_CACHED_VALUES || hasSurrogate(value)) {
        // the generator escapes surrogates (backslash-u), an encoded string would not: such values are written as-is
        gen.writeString(value);
        return;
      }
      encoded = new SerializedString(value);
      values.strings.put(value, encoded);
    }
    gen.writeString(encoded);
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Writes {@link #round(double)} of a score exactly as {@code writeNumber(double)} would. */
  private static void writeScore(JsonGenerator gen, double score, Encoded values) throws IOException {
    long k = Math.round(score * 10_000d); // round(score) is k / 10_000d
    if (values == null || k < 0 || k >= values.scores.length) {
      gen.writeNumber(round(score));
      return;
    }
    SerializedString s = values.scores[(int) k];
    if (s == null) {
      s = new SerializedString(Double.toString(k / 10_000d));
      values.scores[(int) k] = s;
    }
    gen.writeRawValue(s);
  }

  /** One writer's encoded values: strings that repeat from line to line, and scores by ten-thousandths. */
  private static final class Encoded {
    final Map<String, SerializedString> strings = new HashMap<>();
    final SerializedString[] scores = new SerializedString[10_001];
  }

  /** Writes the line of a row that could not be processed. */
  public void writeError(String id, long line, String error) throws IOException {
    gen.writeStartObject();
    if (id == null) {
      gen.writeNullField("id");
    } else {
      gen.writeStringField("id", id);
    }
    gen.writeNumberField("line", line);
    gen.writeStringField("error", error);
    gen.writeEndObject();
  }

  /** Rounds a score to 4 decimals for output. */
  public static double round(double score) {
    return Math.round(score * 10_000d) / 10_000d;
  }

  @Override
  public void flush() throws IOException {
    gen.flush();
  }

  @Override
  public void close() throws IOException {
    gen.writeRaw('\n');
    gen.close();
  }
}
