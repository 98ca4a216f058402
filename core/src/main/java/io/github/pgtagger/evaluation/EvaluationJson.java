package io.github.pgtagger.evaluation;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.pgtagger.evaluation.AgreementReport.LabelAgreement;
import io.github.pgtagger.evaluation.AgreementReport.PairKappa;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes evaluation and agreement results as UTF-8 JSON. Scores are written with exactly 4 decimals (rounded half up, e.g. {@code 0.6667},
 * {@code 1.0000}); counts as integers; undefined values
 * ({@link Double#NaN}) are written as {@code null}. Labels appear in scheme order and coders in input order, so
 * the same input gives byte-identical output.
 *
 * <p>Evaluation: {@code {"dimensions": {"macroF1", "microF1", "labels": {"CODE": {"precision", "recall", "f1",
 * "kappa", "support"}}}, "interpretations": {...}}}.
 *
 * <p>Agreement: {@code {"units", "coders": [...], "overall": {"alphaBinary", "alphaMasi", "kappa": [{"coders": [a,
 * b], "units", "kappa"}]}, "labels": {"CODE": {"positives": {"coder": n}, "alpha", "kappa": [...]}}}}.
 *
 * <p>Misclassified texts (JSON Lines): {@code {"id", "lang", "text", "gold": {"dimensions", "interpretations"},
 * "predicted": {"dimensions", "interpretations"}}}.
 */
public final class EvaluationJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private EvaluationJson() {}

  /** Writes an evaluation as one pretty-printed JSON object; the stream is flushed, not closed. */
  public static void write(Evaluation evaluation, OutputStream out) throws IOException {
    try (JsonGenerator gen = generator(out)) {
      gen.writeStartObject();
      gen.writeFieldName("dimensions");
      writeScheme(gen, evaluation.dimensions());
      gen.writeFieldName("interpretations");
      writeScheme(gen, evaluation.interpretations());
      gen.writeEndObject();
      gen.writeRaw('\n');
    }
  }

  /** Writes one scheme's scores as a JSON object into the generator. */
  public static void writeScheme(JsonGenerator gen, SchemeEvaluation scheme) throws IOException {
    gen.writeStartObject();
    number(gen, "macroF1", scheme.macroF1());
    number(gen, "microF1", scheme.microF1());
    gen.writeObjectFieldStart("labels");
    for (LabelMetrics m : scheme.labels()) {
      gen.writeObjectFieldStart(m.label());
      number(gen, "precision", m.precision());
      number(gen, "recall", m.recall());
      number(gen, "f1", m.f1());
      number(gen, "kappa", m.kappa());
      gen.writeNumberField("support", m.support());
      gen.writeEndObject();
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  /** Writes an agreement report as one pretty-printed JSON object; the stream is flushed, not closed. */
  public static void write(AgreementReport report, OutputStream out) throws IOException {
    try (JsonGenerator gen = generator(out)) {
      gen.writeStartObject();
      gen.writeNumberField("units", report.units());
      strings(gen, "coders", report.coders());
      gen.writeObjectFieldStart("overall");
      number(gen, "alphaBinary", report.alphaBinary());
      number(gen, "alphaMasi", report.alphaMasi());
      kappas(gen, report.kappas());
      gen.writeEndObject();
      gen.writeObjectFieldStart("labels");
      for (LabelAgreement l : report.labels()) {
        gen.writeObjectFieldStart(l.label());
        gen.writeObjectFieldStart("positives");
        for (Map.Entry<String, Integer> e : l.positives().entrySet()) {
          gen.writeNumberField(e.getKey(), e.getValue());
        }
        gen.writeEndObject();
        number(gen, "alpha", l.alpha());
        kappas(gen, l.kappas());
        gen.writeEndObject();
      }
      gen.writeEndObject();
      gen.writeEndObject();
      gen.writeRaw('\n');
    }
  }

  /** Writes one JSON line per misclassified text; the stream is flushed, not closed. */
  public static void writeMisclassified(Evaluation evaluation, OutputStream out) throws IOException {
    try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      gen.setRootValueSeparator(new SerializedString("\n"));
      for (Prediction p : evaluation.misclassified()) {
        gen.writeStartObject();
        gen.writeStringField("id", p.gold().id());
        gen.writeStringField("lang", p.gold().lang().code());
        gen.writeStringField("text", p.gold().text());
        gen.writeObjectFieldStart("gold");
        strings(gen, "dimensions", p.gold().dimensions());
        strings(gen, "interpretations", p.gold().interpretations());
        gen.writeEndObject();
        gen.writeObjectFieldStart("predicted");
        strings(gen, "dimensions", p.predictedDimensions());
        strings(gen, "interpretations", p.predictedInterpretations());
        gen.writeEndObject();
        gen.writeEndObject();
      }
      if (!evaluation.misclassified().isEmpty()) {
        gen.writeRaw('\n');
      }
    }
  }

  /** The evaluation as a JSON string. */
  public static String toJson(Evaluation evaluation) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(evaluation, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The agreement report as a JSON string. */
  public static String toJson(AgreementReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The value rounded half up to exactly 4 decimals, as written to JSON. */
  static BigDecimal fixed(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
  }

  private static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    gen.setPrettyPrinter(new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
    return gen;
  }

  private static void number(JsonGenerator gen, String field, double value) throws IOException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      gen.writeNullField(field);
    } else {
      gen.writeNumberField(field, fixed(value));
    }
  }

  private static void strings(JsonGenerator gen, String field, Collection<String> values) throws IOException {
    gen.writeArrayFieldStart(field);
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }

  private static void kappas(JsonGenerator gen, List<PairKappa> kappas) throws IOException {
    gen.writeArrayFieldStart("kappa");
    for (PairKappa k : kappas) {
      gen.writeStartObject();
      gen.writeArrayFieldStart("coders");
      gen.writeString(k.coderA());
      gen.writeString(k.coderB());
      gen.writeEndArray();
      gen.writeNumberField("units", k.units());
      number(gen, "kappa", k.kappa());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }
}
