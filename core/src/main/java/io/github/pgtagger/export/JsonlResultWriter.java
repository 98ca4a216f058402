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
  private final JsonGenerator gen;

  /** Writes UTF-8 to a stream, which {@link #close()} closes. */
  public JsonlResultWriter(OutputStream out) throws IOException {
    this.gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    gen.setRootValueSeparator(new SerializedString("\n"));
  }

  /** Writes the line of a tagged text. */
  public void write(String id, TaggingResult result) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", id);
    writeBody(gen, result);
    gen.writeEndObject();
  }

  /** Writes the line of a tagged text with its metadata (omitted when empty). */
  public void write(String id, Map<String, String> metadata, TaggingResult result) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", id);
    writeMetadata(metadata);
    writeBody(gen, result);
    gen.writeEndObject();
  }

  /** Writes the line of a document tagged in segments, with its metadata (omitted when empty). */
  public void write(String id, Map<String, String> metadata, DocumentResult document) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", id);
    writeMetadata(metadata);
    writeBody(gen, document.document());
    gen.writeStringField("segmentation", document.segmentation().code());
    gen.writeArrayFieldStart("segments");
    for (SegmentResult s : document.segments()) {
      gen.writeStartObject();
      gen.writeNumberField("start", s.segment().start());
      gen.writeNumberField("end", s.segment().end());
      writeTags(gen, s.result());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private void writeMetadata(Map<String, String> metadata) throws IOException {
    if (metadata == null || metadata.isEmpty()) {
      return;
    }
    gen.writeObjectFieldStart("metadata");
    for (Map.Entry<String, String> e : metadata.entrySet()) {
      gen.writeStringField(e.getKey(), e.getValue());
    }
    gen.writeEndObject();
  }

  /** Writes the fields of a result (language, dimensions, interpretations) into the current object. */
  public static void writeBody(JsonGenerator gen, TaggingResult result) throws IOException {
    gen.writeStringField("language", result.language().code());
    writeTags(gen, result);
  }

  private static void writeTags(JsonGenerator gen, TaggingResult result) throws IOException {
    gen.writeArrayFieldStart("dimensions");
    for (DimensionTag t : result.dimensions()) {
      gen.writeStartObject();
      gen.writeStringField("code", t.code());
      gen.writeNumberField("score", round(t.score()));
      gen.writeArrayFieldStart("aspects");
      for (Aspect a : t.aspects()) {
        gen.writeString(a.id());
      }
      gen.writeEndArray();
      gen.writeStringField("polarity", t.polarity().name());
      writeEvidence(gen, t.evidence());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("interpretations");
    for (InterpretationTag t : result.interpretations()) {
      gen.writeStartObject();
      gen.writeStringField("code", t.code());
      gen.writeNumberField("score", round(t.score()));
      gen.writeStringField("polarity", t.polarity().name());
      writeEvidence(gen, t.evidence());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeEvidence(JsonGenerator gen, List<Evidence> evidence) throws IOException {
    gen.writeArrayFieldStart("evidence");
    for (Evidence e : evidence) {
      gen.writeStartObject();
      gen.writeNumberField("start", e.start());
      gen.writeNumberField("end", e.end());
      gen.writeStringField("text", e.text());
      gen.writeStringField("entry", e.entry());
      gen.writeStringField("term", e.term());
      gen.writeBooleanField("negated", e.negated());
      gen.writeEndObject();
    }
    gen.writeEndArray();
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
