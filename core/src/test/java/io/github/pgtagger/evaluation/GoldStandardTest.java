package io.github.pgtagger.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.DataFileException;
import io.github.pgtagger.model.Language;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoldStandardTest {
  private static GoldStandard read(String content) {
    return GoldStandard.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "gold.jsonl",
        Codebook.yaron2021());
  }

  private static String line(String id, String rest) {
    return "{\"id\": " + id + ", \"lang\": \"nl\", \"text\": \"Ik slaap slecht.\"" + rest + "}\n";
  }

  @Test
  void readsValidLinesAndSkipsBlankOnes() {
    GoldStandard g = read("\uFEFF" + line("\"a\"", ", \"dimensions\": [\"BODILY_FUNCTIONS\"], \"interpretations\": []")
        + "\n   \n"
        + "{\"id\": 7, \"lang\": \"EN\", \"text\": \"We act as ambassadors.\", \"dimensions\": [],"
        + " \"interpretations\": [\"MOVEMENT\", \"BROAD_VIEW\"], \"note\": \"ignored\"}\n");
    assertThat(g.size()).isEqualTo(2);
    GoldRecord first = g.records().get(0);
    assertThat(first.id()).isEqualTo("a");
    assertThat(first.lang()).isEqualTo(Language.NL);
    assertThat(first.dimensions()).containsExactly("BODILY_FUNCTIONS");
    GoldRecord second = g.records().get(1);
    assertThat(second.id()).isEqualTo("7");
    assertThat(second.lang()).isEqualTo(Language.EN);
    assertThat(second.interpretations()).containsExactly("BROAD_VIEW", "MOVEMENT");
  }

  @Test
  void unknownDimensionNamesFileLineAndValidCodes() {
    String content = line("\"a\"", ", \"dimensions\": [], \"interpretations\": []")
        + line("\"b\"", ", \"dimensions\": [\"SLEEP\"], \"interpretations\": []");
    assertThatThrownBy(() -> read(content))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("gold.jsonl: line 2 (id \"b\")")
        .hasMessageContaining("unknown code \"SLEEP\"")
        .hasMessageContaining("BODILY_FUNCTIONS");
  }

  @Test
  void interpretationsAreCheckedAgainstTheCodebook() {
    assertThatThrownBy(() -> read(line("\"a\"", ", \"dimensions\": [], \"interpretations\": [\"HOLISM\"]")))
        .hasMessageContaining("line 1").hasMessageContaining("unknown code \"HOLISM\"")
        .hasMessageContaining("codebook yaron-2021");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"id\": \"a\", \"lang\": \"nl\", \"text\": \"x\", \"dimensions\": []}|missing required field \"interpretations\"",
    "{\"id\": \"a\", \"lang\": \"nl\", \"text\": \"x\", \"interpretations\": []}|missing required field \"dimensions\"",
    "{\"lang\": \"nl\", \"text\": \"x\", \"dimensions\": [], \"interpretations\": []}|missing required field \"id\"",
    "{\"id\": 1.5, \"lang\": \"nl\", \"text\": \"x\", \"dimensions\": [], \"interpretations\": []}|non-empty string or an integer",
    "{\"id\": \"a\", \"lang\": \"de\", \"text\": \"x\", \"dimensions\": [], \"interpretations\": []}|unknown language 'de'",
    "{\"id\": \"a\", \"text\": \"x\", \"dimensions\": [], \"interpretations\": []}|missing required field \"lang\"",
    "{\"id\": \"a\", \"lang\": \"nl\", \"text\": \"\", \"dimensions\": [], \"interpretations\": []}|\"text\" must not be empty",
    "{\"id\": \"a\", \"lang\": \"nl\", \"text\": \"x\", \"dimensions\": \"MEANINGFULNESS\", \"interpretations\": []}|must be an array",
    "{\"id\": \"a\", \"lang\": \"nl\", \"text\": \"x\", \"dimensions\": [\"PARTICIPATION\", \"PARTICIPATION\"], \"interpretations\": []}|listed twice",
    "{\"id\": \"a\", \"lang\": \"nl\", \"text\": \"x\", \"text\": \"y\", \"dimensions\": [], \"interpretations\": []}|not valid JSON",
    "{\"id\": \"a\", \"lang\": \"nl\"|not valid JSON",
    "[1, 2]|expected a JSON object"
  })
  void refusesBadLinesWithTheLineNumber(String caseText) {
    String[] parts = caseText.split("\\|");
    String content = line("\"ok\"", ", \"dimensions\": [], \"interpretations\": []") + parts[0] + "\n";
    assertThatThrownBy(() -> read(content))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("gold.jsonl: line 2")
        .hasMessageContaining(parts[1]);
  }

  @Test
  void refusesDuplicateIdsNamingTheFirstLine() {
    String l = line("\"a\"", ", \"dimensions\": [], \"interpretations\": []");
    assertThatThrownBy(() -> read(l + l)).hasMessageContaining("line 2")
        .hasMessageContaining("duplicate id \"a\"; first used on line 1");
  }

  @Test
  void refusesEmptyFilesAndBadUtf8() {
    assertThatThrownBy(() -> read("\n\n")).hasMessageContaining("no records");
    byte[] bad = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    assertThatThrownBy(() -> GoldStandard.read(new ByteArrayInputStream(bad), "gold.jsonl", Codebook.yaron2021()))
        .hasMessageContaining("line 1").hasMessageContaining("UTF-8");
  }

  @Test
  void readsTheProjectsDevelopmentAndHoldoutSets() throws Exception {
    for (String name : List.of("reflections-dev", "reflections-holdout", "statements-dev", "statements-holdout")) {
      try (InputStream in = GoldStandardTest.class.getResourceAsStream(name + ".jsonl")) {
        assertThat(in).as(name).isNotNull();
        GoldStandard g = GoldStandard.read(in, name, Codebook.yaron2021());
        assertThat(g.size()).as(name).isGreaterThan(10);
      }
    }
  }
}
