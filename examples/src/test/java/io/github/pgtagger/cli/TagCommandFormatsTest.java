package io.github.pgtagger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pgtagger.corpus.CorpusRecord;
import io.github.pgtagger.corpus.CsvCorpusReader;
import io.github.pgtagger.corpus.ReaderOptions;
import io.github.pgtagger.corpus.Reflection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagCommandFormatsTest {
  @TempDir
  Path dir;

  static List<Reflection> readCsvOutput(Path file) throws IOException {
    List<Reflection> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        CsvCorpusReader r = new CsvCorpusReader(in, ReaderOptions.DEFAULTS.withColumns("language", "id"))) {
      while (r.hasNext()) {
        CorpusRecord rec = r.next();
        assertThat(rec).isInstanceOf(Reflection.class);
        rows.add((Reflection) rec);
      }
    }
    return rows;
  }

  static List<JsonNode> readJsonl(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    ObjectMapper m = new ObjectMapper();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        out.add(m.readTree(line));
      }
    }
    return out;
  }

  @Test
  void csvInCsvOutKeepsEveryRowInOrderWithMetadataScoresAndErrors() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), "respondent;wijk;antwoord\n"
        + "r1;Noord;Mijn rug doet pijn en ik slaap slecht.\n"
        + "r2;Zuid\n"
        + "r3;=HYPERLINK(\"http://evil\");Ik voel me eenzaam.\n"
        + "r4;Centrum;\"Geen bijzonderheden; alles goed.\"\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.csv");
    CliRun run = CliRun.of("tag", "-i", in.toString(), "-o", out.toString(), "--text-column", "antwoord",
        "--id-column", "respondent");
    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("1 row(s) failed");
    List<Reflection> rows = readCsvOutput(out);
    assertThat(rows).extracting(Reflection::id).containsExactly("r1", "r2", "r3", "r4");
    assertThat(rows.get(0).metadata()).containsEntry("wijk", "Noord").containsEntry("error", "")
        .containsEntry("dimensions", "BODILY_FUNCTIONS");
    assertThat(rows.get(0).metadata().get("BODILY_FUNCTIONS")).matches("0\\.\\d{4}");
    assertThat(rows.get(0).metadata().get("MENTAL_WELLBEING")).isEmpty();
    assertThat(rows.get(1).metadata().get("error")).startsWith("row 2 (line 3) has 2 fields");
    assertThat(rows.get(2).metadata()).containsEntry("wijk", "'=HYPERLINK(\"http://evil\")")
        .containsEntry("dimensions", "PARTICIPATION");
    assertThat(rows.get(3).metadata()).containsEntry("dimensions", "").containsEntry("error", "");
    assertThat(Files.list(dir)).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
  }

  @Test
  void csvInJsonlOutPassesMetadataThrough() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), "id,text,wijk,lang\n1,I feel lonely,Noord,en\n");
    Path out = dir.resolve("out.jsonl");
    assertThat(CliRun.of("tag", "-i", in.toString(), "-o", out.toString()).status()).isZero();
    JsonNode j = readJsonl(out).get(0);
    assertThat(j.get("id").asText()).isEqualTo("1");
    assertThat(j.at("/metadata/wijk").asText()).isEqualTo("Noord");
    assertThat(j.get("language").asText()).isEqualTo("en");
    assertThat(j.at("/dimensions/0/code").asText()).isEqualTo("PARTICIPATION");
  }

  @Test
  void jsonlInCsvOutTakesMetadataColumnsFromTheFirstRecord() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "not json\n{\"id\":\"a\",\"text\":\"pijn\",\"team\":\"T1\"}\n"
        + "{\"id\":\"b\",\"text\":\"slaap\",\"team\":\"T2\",\"extra\":\"x\"}\n");
    Path out = dir.resolve("out.csv");
    CliRun run = CliRun.of("tag", "-i", in.toString(), "-o", out.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("field 'extra'");
    List<Reflection> rows = readCsvOutput(out);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).metadata().get("error")).startsWith("line 1: malformed JSON");
    assertThat(rows.get(1).metadata()).containsEntry("team", "T1");
    assertThat(rows.get(2).metadata()).containsEntry("team", "T2").doesNotContainKey("extra");
  }

  @Test
  void aFolderOfDocumentsIsTaggedPerParagraphByDefault() throws IOException {
    Path docs = Files.createDirectory(dir.resolve("docs"));
    String interview = "Interview met een bewoner.\n\nIk heb veel pijn in mijn rug.\n\nEn ik voel me eenzaam.";
    Files.writeString(docs.resolve("02-interview.txt"), interview);
    Files.writeString(docs.resolve("01-verslag.txt"), "Verslag. Iedereen was positief.");
    Path out = dir.resolve("out.jsonl");
    CliRun run = CliRun.of("tag", "-i", docs.toString(), "-o", out.toString(), "--lang", "nl");
    assertThat(run.status()).as(run.err()).isZero();
    List<JsonNode> lines = readJsonl(out);
    assertThat(lines).extracting(j -> j.get("id").asText()).containsExactly("01-verslag.txt", "02-interview.txt");
    JsonNode doc = lines.get(1);
    assertThat(doc.get("segmentation").asText()).isEqualTo("paragraph");
    assertThat(doc.get("segments")).hasSize(3);
    for (JsonNode seg : doc.get("segments")) {
      assertThat(interview.substring(seg.get("start").asInt(), seg.get("end").asInt())).isNotBlank();
    }
    for (JsonNode tag : doc.get("dimensions")) {
      for (JsonNode e : tag.get("evidence")) {
        assertThat(interview.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
      }
    }

    Path sentences = dir.resolve("sentences.jsonl");
    assertThat(CliRun.of("tag", "-i", docs.toString(), "-o", sentences.toString(), "--segment", "sentence")
        .status()).isZero();
    assertThat(readJsonl(sentences).get(0).get("segments")).hasSize(2);
    Path whole = dir.resolve("whole.jsonl");
    assertThat(CliRun.of("tag", "-i", docs.toString(), "-o", whole.toString(), "--segment", "none").status())
        .isZero();
    assertThat(readJsonl(whole).get(1).has("segments")).isFalse();
  }

  @Test
  void usageErrorsExitWithStatus2AndSayWhatIsWrong() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), "nr,tekst\n1,hallo\n");
    Path out = dir.resolve("out.csv");
    CliRun run = CliRun.of("tag", "-i", in.toString(), "-o", out.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no text column 'text'").contains("['nr', 'tekst']").contains("--text-column");
    assertThat(out).doesNotExist();
    assertThat(CliRun.of("tag", "-i", in.toString(), "-o", dir.resolve("x.xlsx").toString()).status()).isEqualTo(2);
    assertThat(CliRun.of("tag", "-i", in.toString(), "-o", out.toString(), "--segment", "word").err())
        .contains("expected none, sentence or paragraph");
  }
}
