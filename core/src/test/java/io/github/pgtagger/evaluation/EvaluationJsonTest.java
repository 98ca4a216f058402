package io.github.pgtagger.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.TaggingResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationJsonTest {
  /** Keeps numbers as written (BigDecimal with their scale) so that the 4 decimals can be checked. */
  private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static Evaluation sample() {
    // the scheme of LabelMetricsTest.schemeScoresFromLabelSets: B has F1 2/3, macro 5/9, micro 0.75, D undefined
    SchemeEvaluation dims = SchemeEvaluation.compute(List.of("A", "B", "C", "D"),
        List.of(Set.of("A", "B"), Set.of("A"), Set.of(), Set.of("B")),
        List.of(Set.of("A"), Set.of("A", "C"), Set.of(), Set.of("B")));
    SchemeEvaluation ints = SchemeEvaluation.compute(List.of("X"), List.of(Set.of()), List.of(Set.of()));
    GoldRecord g = new GoldRecord("t1", Language.NL, "tekst", Set.of("MEANINGFULNESS"), Set.of());
    return new Evaluation(dims, ints, List.of(new Prediction(g,
        new TaggingResult(Language.NL, false, List.of(), List.of()))));
  }

  @Test
  void writesTheDocumentedShapeWithFourDecimalsAndNullForUndefined() throws Exception {
    String json = EvaluationJson.toJson(sample());
    JsonNode root = MAPPER.readTree(json);
    JsonNode dims = root.get("dimensions");
    assertThat(dims.get("macroF1").decimalValue()).isEqualByComparingTo("0.5556");
    assertThat(json).contains("\"macroF1\": 0.5556").contains("\"microF1\": 0.7500");
    JsonNode b = dims.get("labels").get("B");
    assertThat(b.get("f1").asText()).isEqualTo("0.6667");
    assertThat(b.get("precision").asText()).isEqualTo("1.0000");
    assertThat(b.get("kappa").asText()).isEqualTo("0.5000");
    assertThat(b.get("support").asInt()).isEqualTo(2);
    assertThat(b.get("support").isIntegralNumber()).isTrue();
    JsonNode d = dims.get("labels").get("D");
    assertThat(d.get("precision").isNull()).isTrue();
    assertThat(d.get("kappa").isNull()).isTrue();
    assertThat(root.get("interpretations").get("macroF1").isNull()).isTrue();
    List<String> order = new java.util.ArrayList<>();
    dims.get("labels").fieldNames().forEachRemaining(order::add);
    assertThat(order).containsExactly("A", "B", "C", "D");
    assertThat(EvaluationJson.toJson(sample())).isEqualTo(json);
  }

  @Test
  void roundsHalfUpToExactlyFourDecimals() {
    assertThat(EvaluationJson.fixed(2.0 / 3.0).toPlainString()).isEqualTo("0.6667");
    assertThat(EvaluationJson.fixed(0.00005).toPlainString()).isEqualTo("0.0001");
    assertThat(EvaluationJson.fixed(1.0).toPlainString()).isEqualTo("1.0000");
    assertThat(EvaluationJson.fixed(-1.0 / 3.0).toPlainString()).isEqualTo("-0.3333");
  }

  @Test
  void writesMisclassifiedTextsAsJsonLines() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EvaluationJson.writeMisclassified(sample(), out);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(1);
    JsonNode n = MAPPER.readTree(lines[0]);
    assertThat(n.get("id").asText()).isEqualTo("t1");
    assertThat(n.get("gold").get("dimensions").get(0).asText()).isEqualTo("MEANINGFULNESS");
    assertThat(n.get("predicted").get("dimensions").size()).isZero();
  }

  @Test
  void writesAgreementReports() throws Exception {
    AgreementReport r = Agreement.multiLabel(List.of("ann", "bob"), List.of("A", "B"), List.of(
        List.of(Set.of("A"), Set.of("A")),
        List.of(Set.of("A", "B"), Set.of("A")),
        List.of(Set.of(), Set.of("B")),
        List.of(Set.of("B"), Set.of("B"))));
    JsonNode root = MAPPER.readTree(EvaluationJson.toJson(r));
    assertThat(root.get("units").asInt()).isEqualTo(4);
    assertThat(root.get("coders").toString()).isEqualTo("[\"ann\",\"bob\"]");
    // hand-computed in AgreementTest: pooled alpha 17/32, MASI alpha 5/12, pooled kappa 0.5, alpha(B) 1/8
    assertThat(root.get("overall").get("alphaBinary").asText()).isEqualTo("0.5313");
    assertThat(root.get("overall").get("alphaMasi").asText()).isEqualTo("0.4167");
    JsonNode k = root.get("overall").get("kappa").get(0);
    assertThat(k.get("coders").toString()).isEqualTo("[\"ann\",\"bob\"]");
    assertThat(k.get("kappa").asText()).isEqualTo("0.5000");
    assertThat(k.get("units").asInt()).isEqualTo(8);
    JsonNode b = root.get("labels").get("B");
    assertThat(b.get("alpha").asText()).isEqualTo("0.1250");
    assertThat(b.get("positives").get("ann").asInt()).isEqualTo(2);
  }
}
