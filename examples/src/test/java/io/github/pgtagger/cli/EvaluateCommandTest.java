package io.github.pgtagger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

  @TempDir
  Path dir;
  Path gold;
  Path[] lexicons;

  @BeforeEach
  void writeFiles() throws Exception {
    lexicons = CliRun.testLexicons(dir);
    gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, String.join("\n",
        "{\"id\": \"p\", \"lang\": \"nl\", \"text\": \"Ik heb pijn en ik slaap slecht.\","
            + " \"dimensions\": [\"BODILY_FUNCTIONS\", \"MENTAL_WELLBEING\"], \"interpretations\": []}",
        "{\"id\": \"l\", \"lang\": \"nl\", \"text\": \"Ik voel me eenzaam.\","
            + " \"dimensions\": [\"PARTICIPATION\"], \"interpretations\": []}",
        "{\"id\": \"m\", \"lang\": \"nl\", \"text\": \"Als ambassadeur open ik de vergadering.\","
            + " \"dimensions\": [\"DAILY_FUNCTIONING\"], \"interpretations\": [\"MOVEMENT\"]}", ""),
        StandardCharsets.UTF_8);
  }

  private String[] args(String... extra) {
    List<String> a = new java.util.ArrayList<>(List.of("evaluate", "--gold", gold.toString(),
        "--no-bundled-lexicons", "--lexicon", lexicons[0].toString(), "--lexicon", lexicons[1].toString()));
    a.addAll(List.of(extra));
    return a.toArray(String[]::new);
  }

  @Test
  void writesScoresToTheOutputFileAndATableToStderr() throws Exception {
    Path out = dir.resolve("scores.json");
    Path wrong = dir.resolve("wrong.jsonl");
    CliRun r = CliRun.run(args("--output", out.toString(), "--misclassified", wrong.toString()));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    // tagger: p {BODILY_FUNCTIONS}, l {PARTICIPATION}, m {} + {MOVEMENT}
    // dimensions: BF TP1 TN2 (F1 1); MW FN1 (F1 0); PA TP1 (F1 1); DF FN1 (F1 0); others undefined
    //   macro = (1 + 0 + 1 + 0) / 4 = 0.5; micro = 2*2 / (2*2 + 0 + 2) = 0.6667
    // interpretations: MOVEMENT TP1 TN2 -> F1 1, kappa 1; macro = micro = 1
    JsonNode root = MAPPER.readTree(Files.readString(out));
    assertThat(root.get("dimensions").get("macroF1").asText()).isEqualTo("0.5000");
    assertThat(root.get("dimensions").get("microF1").asText()).isEqualTo("0.6667");
    JsonNode mw = root.get("dimensions").get("labels").get("MENTAL_WELLBEING");
    assertThat(mw.get("precision").asText()).isEqualTo("0.0000");
    assertThat(mw.get("support").asInt()).isEqualTo(1);
    assertThat(root.get("dimensions").get("labels").get("MEANINGFULNESS").get("f1").isNull()).isTrue();
    JsonNode mv = root.get("interpretations").get("labels").get("MOVEMENT");
    assertThat(mv.get("f1").asText()).isEqualTo("1.0000");
    assertThat(mv.get("kappa").asText()).isEqualTo("1.0000");
    assertThat(root.get("interpretations").get("macroF1").asText()).isEqualTo("1.0000");
    assertThat(r.err()).contains("3 texts, 2 with at least one wrong label")
        .contains("BODILY_FUNCTIONS").contains("macro F1").contains("0.5000");
    List<String> lines = Files.readAllLines(wrong);
    assertThat(lines).hasSize(2);
    assertThat(MAPPER.readTree(lines.get(0)).get("id").asText()).isEqualTo("p");
    assertThat(MAPPER.readTree(lines.get(1)).get("id").asText()).isEqualTo("m");
    assertThat(MAPPER.readTree(lines.get(1)).get("predicted").get("interpretations").get(0).asText())
        .isEqualTo("MOVEMENT");
  }

  @Test
  void writesToStdoutWithoutOutputAndTheSameBytesEachRun() throws Exception {
    CliRun first = CliRun.run(args());
    CliRun second = CliRun.run(args());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(MAPPER.readTree(first.out()).has("dimensions")).isTrue();
    assertThat(first.out()).contains("\"macroF1\": 0.5000").isEqualTo(second.out());
  }

  @Test
  void aBadGoldLineIsAUsageErrorNamingTheLine() throws Exception {
    Files.writeString(gold, "{\"id\": \"a\", \"lang\": \"nl\", \"text\": \"x\", \"dimensions\": [],"
        + " \"interpretations\": []}\n{\"id\": \"b\", \"lang\": \"nl\", \"text\": \"x\","
        + " \"dimensions\": [\"BODY\"], \"interpretations\": []}\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.run(args());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("gold.jsonl: line 2 (id \"b\")").contains("unknown code \"BODY\"");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingGoldFileAndLangAreUsageErrors() {
    CliRun missing = CliRun.run("evaluate", "--gold", dir.resolve("nope.jsonl").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.jsonl: no such file");
    CliRun lang = CliRun.run(args("--lang", "nl"));
    assertThat(lang.exitCode()).isEqualTo(2);
    assertThat(lang.err()).contains("--lang");
    CliRun noGold = CliRun.run("evaluate");
    assertThat(noGold.exitCode()).isEqualTo(2);
    assertThat(noGold.err()).contains("--gold");
  }

  @Test
  void theBundledLexiconsRunOnTheGoldFile() throws Exception {
    Path out = dir.resolve("bundled.json");
    CliRun r = CliRun.run("evaluate", "--gold", gold.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = MAPPER.readTree(Files.readString(out));
    assertThat(root.get("dimensions").get("labels").size()).isEqualTo(6);
    assertThat(root.get("interpretations").get("labels").size()).isEqualTo(5);
  }
}
