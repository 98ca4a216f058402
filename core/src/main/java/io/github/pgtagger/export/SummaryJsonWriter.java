package io.github.pgtagger.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pgtagger.corpus.CorpusSummary;
import io.github.pgtagger.model.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link CorpusSummary} as one JSON object (schema version 1):
 *
 * <pre>{@code
 * {"schemaVersion": 1, "groupBy": "wijk" | null,
 *  "records": 31, "texts": 30, "errors": 1, "languages": {"nl": 20, "en": 10},
 *  "labels": [{"code", "kind": "dimension" | "interpretation", "nameNl", "nameEn"}],
 *  "overall": {"texts", "untagged", "errors", "labels": {"BODILY_FUNCTIONS": {"count", "share"}, ...}},
 *  "groups": [{"name", "texts", "untagged", "errors", "labels": {...}}], "groupsTruncated": false,
 *  "cooccurrence": {"labels": [codes], "counts": [[...], ...]},
 *  "topTerms": {"BODILY_FUNCTIONS": [{"term", "count"}], ...},
 *  "examples": {"BODILY_FUNCTIONS": [{"id", "group", "score", "text", "marks": [{"start", "end"}],
 *               "cutStart", "cutEnd"}], ...}}
 * }</pre>
 *
 * <p>Shares and scores are rounded to 4 decimals. Thread-safe.
 */
public final class SummaryJsonWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private SummaryJsonWriter() {}

  /** Writes the summary as UTF-8 JSON to a stream, which stays open. */
  public static void write(CorpusSummary s, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("schemaVersion", 1);
      if (s.groupBy() == null) {
        g.writeNullField("groupBy");
      } else {
        g.writeStringField("groupBy", s.groupBy());
      }
      g.writeNumberField("records", s.records());
      g.writeNumberField("texts", s.overall().texts());
      g.writeNumberField("errors", s.overall().errors());
      g.writeObjectFieldStart("languages");
      for (Map.Entry<Language, Long> e : s.languages().entrySet()) {
        g.writeNumberField(e.getKey().code(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("labels");
      for (CorpusSummary.Label l : s.labels()) {
        g.writeStartObject();
        g.writeStringField("code", l.code());
        g.writeStringField("kind", l.kind().name().toLowerCase(Locale.ROOT));
        g.writeStringField("nameNl", l.nameNl());
        g.writeStringField("nameEn", l.nameEn());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName("overall");
      writeCounts(g, s.overall(), false);
      g.writeArrayFieldStart("groups");
      for (CorpusSummary.GroupCounts c : s.groups()) {
        writeCounts(g, c, true);
      }
      g.writeEndArray();
      g.writeBooleanField("groupsTruncated", s.groupsTruncated());
      g.writeObjectFieldStart("cooccurrence");
      g.writeArrayFieldStart("labels");
      for (CorpusSummary.Label l : s.labels()) {
        g.writeString(l.code());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("counts");
      for (CorpusSummary.Label a : s.labels()) {
        g.writeStartArray();
        for (CorpusSummary.Label b : s.labels()) {
          g.writeNumber(s.cooccurrence(a.code(), b.code()));
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeObjectFieldStart("topTerms");
      for (CorpusSummary.Label l : s.labels()) {
        g.writeArrayFieldStart(l.code());
        for (CorpusSummary.TermCount t : s.topTerms(l.code())) {
          g.writeStartObject();
          g.writeStringField("term", t.term());
          g.writeNumberField("count", t.count());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("examples");
      for (CorpusSummary.Label l : s.labels()) {
        g.writeArrayFieldStart(l.code());
        for (CorpusSummary.Snippet x : s.examples(l.code())) {
          writeSnippet(g, x);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeCounts(JsonGenerator g, CorpusSummary.GroupCounts c, boolean named) throws IOException {
    g.writeStartObject();
    if (named) {
      g.writeStringField("name", c.name());
    }
    g.writeNumberField("texts", c.texts());
    g.writeNumberField("untagged", c.untagged());
    g.writeNumberField("errors", c.errors());
    g.writeObjectFieldStart("labels");
    for (String code : c.counts().keySet()) {
      g.writeObjectFieldStart(code);
      g.writeNumberField("count", c.count(code));
      g.writeNumberField("share", JsonlResultWriter.round(c.share(code)));
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeSnippet(JsonGenerator g, CorpusSummary.Snippet x) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", x.id());
    g.writeStringField("group", x.group());
    g.writeNumberField("score", JsonlResultWriter.round(x.score()));
    g.writeStringField("text", x.text());
    g.writeArrayFieldStart("marks");
    for (CorpusSummary.Mark m : x.marks()) {
      g.writeStartObject();
      g.writeNumberField("start", m.start());
      g.writeNumberField("end", m.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("cutStart", x.cutStart());
    g.writeBooleanField("cutEnd", x.cutEnd());
    g.writeEndObject();
  }
}
