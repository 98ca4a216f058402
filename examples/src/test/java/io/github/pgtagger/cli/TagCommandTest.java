package io.github.pgtagger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  static List<JsonNode> lines(Path p) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  @Test
  void tagsJsonlOneLinePerInputLineInOrder() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"a1\",\"text\":\"Mijn rug doet al weken pijn en ik slaap daardoor slecht.\"}",
        "{\"text\":\"I feel lonely since I moved here.\"}",
        "this is not json",
        "{\"id\":\"x\",\"text\":42}",
        "{\"id\":\"y\"}",
        "",
        "{\"id\":\"z\",\"text\":\"pijn\",\"lang\":\"fr\"}",
        "{\"id\":7,\"text\":\"De trein vertrekt om acht uur.\",\"lang\":\"nl\"}") + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    int status = PgTaggerCommand.execute("tag", "--input", in.toString(), "--output", out.toString());
    assertThat(status).isEqualTo(1);
    List<JsonNode> rows = lines(out);
    assertThat(rows).hasSize(8);
    assertThat(rows.get(0).get("id").asText()).isEqualTo("a1");
    assertThat(rows.get(0).get("dimensions").get(0).get("code").asText()).isEqualTo("BODILY_FUNCTIONS");
    JsonNode ev = rows.get(0).get("dimensions").get(0).get("evidence").get(0);
    String text = "Mijn rug doet al weken pijn en ik slaap daardoor slecht.";
    assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
    assertThat(rows.get(1).get("id").asText()).isEqualTo("2");
    assertThat(rows.get(1).get("language").asText()).isEqualTo("en");
    assertThat(rows.get(2).get("line").asInt()).isEqualTo(3);
    assertThat(rows.get(2).get("id").isNull()).isTrue();
    assertThat(rows.get(2).get("error").asText()).contains("malformed JSON");
    assertThat(rows.get(3).get("error").asText()).contains("\"text\" must be a string");
    assertThat(rows.get(4).get("error").asText()).contains("missing \"text\"");
    assertThat(rows.get(5).get("error").asText()).contains("empty line");
    assertThat(rows.get(6).get("error").asText()).contains("unknown language 'fr'");
    assertThat(rows.get(7).get("id").asText()).isEqualTo("7");
    assertThat(rows.get(7).get("dimensions")).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.jsonl", "out.jsonl");
    }
  }

  @Test
  void tagsPlainTextAndExitsZeroWhenAllRowsSucceed() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "\uFEFFIk voel me eenzaam.\r\n\r\nMijn rug doet pijn.\r\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    assertThat(PgTaggerCommand.execute("tag", "-i", in.toString(), "-o", out.toString())).isZero();
    List<JsonNode> rows = lines(out);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("dimensions").get(0).get("code").asText()).isEqualTo("PARTICIPATION");
    // the evidence span indexes the text without the BOM; with the bundled lexicons it is the phrase
    // "voel me eenzaam" (3..18), so check the offsets against the text rather than one fixed entry
    JsonNode evidence = rows.get(0).get("dimensions").get(0).get("evidence").get(0);
    assertThat("Ik voel me eenzaam.".substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
        .isEqualTo(evidence.get("text").asText()).contains("eenzaam");
    assertThat(rows.get(1).get("dimensions")).isEmpty();
    assertThat(rows.get(2).get("id").asText()).isEqualTo("3");
  }

  @Test
  void invalidUtf8LineIsReportedAndTheRestTagged() throws IOException {
    Path in = dir.resolve("in.txt");
    byte[] bad = {'p', 'i', 'j', 'n', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
    byte[] good = "Ik voel me eenzaam.\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bad.length + good.length];
    System.arraycopy(bad, 0, all, 0, bad.length);
    System.arraycopy(good, 0, all, bad.length, good.length);
    Files.write(in, all);
    Path out = dir.resolve("out.jsonl");
    assertThat(PgTaggerCommand.execute("tag", "-i", in.toString(), "-o", out.toString())).isEqualTo(1);
    List<JsonNode> rows = lines(out);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("error").asText()).contains("invalid UTF-8 at byte 6");
    assertThat(rows.get(1).get("dimensions").get(0).get("code").asText()).isEqualTo("PARTICIPATION");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(PgTaggerCommand.execute("tag", "-i", dir.resolve("missing.jsonl").toString(), "-o", "-")).isEqualTo(2);
      assertThat(PgTaggerCommand.execute("tag", "-i", "x.docx", "-o", "-")).isEqualTo(2);
      assertThat(PgTaggerCommand.execute("tag")).isEqualTo(2);
      Path lex = dir.resolve("bad.json");
      Files.writeString(lex, "{\"schemaVersion\":1,\"language\":\"nl\",\"scheme\":\"dimensions\",\"entries\":"
          + "[{\"label\":\"NOPE\",\"terms\":[\"x\"]}]}");
      Path in = dir.resolve("in.txt");
      Files.writeString(in, "pijn\n");
      assertThat(PgTaggerCommand.execute("tag", "-i", in.toString(), "-o", "-", "--lexicon", lex.toString()))
          .isEqualTo(2);
    } finally {
      System.setErr(saved);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file").contains("bad.json")
        .contains("entries[0]").contains("NOPE");
  }

  @Test
  void userLexiconAddsTerms() throws IOException {
    Path lex = dir.resolve("mine.json");
    Files.writeString(lex, "{\"schemaVersion\":1,\"language\":\"nl\",\"scheme\":\"dimensions\",\"provenance\":\"test\","
        + "\"entries\":[{\"id\":\"my-1\",\"label\":\"BODILY_FUNCTIONS\",\"aspect\":\"EXERCISE\",\"terms\":[\"jeu-de-boules\",\"petanque\"],"
        + "\"weight\":3,\"examples\":{\"match\":[\"Ik speel petanque.\"],\"noMatch\":[\"Ik lees.\"]}}]}");
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "Elke dinsdag petanque met de buren.\n");
    Path out = dir.resolve("out.jsonl");
    assertThat(PgTaggerCommand.execute("tag", "-i", in.toString(), "-o", out.toString(), "--lexicon", lex.toString()))
        .isZero();
    JsonNode row = lines(out).get(0);
    assertThat(row.get("dimensions").findValuesAsText("entry")).contains("my-1");
    assertThat(PgTaggerCommand.execute("lexicon-check", lex.toString())).isZero();
  }
}
