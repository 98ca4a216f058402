package io.github.pgtagger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

class ReportCommandTest {
  static final Path SAMPLE = Path.of("data", "reflections.csv");

  @TempDir
  Path dir;

  @Test
  void reportOnTheSampleDataWritesAllFourFiles() throws Exception {
    assertThat(SAMPLE).exists();
    Path out = dir.resolve("rapport");
    CliRun run = CliRun.of("report", "-i", SAMPLE.toString(), "--output-dir", out.toString(), "--group-by", "group");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(out.resolve("summary.json")).exists();
    assertThat(out.resolve("summary.csv")).exists();
    assertThat(out.resolve("spiderweb.svg")).exists();
    assertThat(out.resolve("report.html")).exists();
    JsonNode j = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(j.get("records").asLong()).isEqualTo(30);
    assertThat(j.get("texts").asLong()).isEqualTo(30);
    assertThat(j.get("groupBy").asText()).isEqualTo("group");
    assertThat(j.get("groups")).extracting(g -> g.get("name").asText()).containsExactly("Centrum", "Noord", "Zuid");
    long sumOfGroups = 0;
    for (JsonNode g : j.get("groups")) {
      sumOfGroups += g.get("texts").asLong();
    }
    assertThat(sumOfGroups).isEqualTo(30);
    assertThat(j.at("/overall/labels/BODILY_FUNCTIONS/count").asLong()).isPositive();
    String svg = Files.readString(out.resolve("spiderweb.svg"), StandardCharsets.UTF_8);
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<svg").contains("<mark>").contains("Centrum");
    assertThat(Files.readString(out.resolve("summary.csv"), StandardCharsets.UTF_8))
        .startsWith("\uFEFFsection,group,label,item,count,total,share,score,text");
  }

  @Test
  void aFolderOfDocumentsCanBeReportedInDutch() throws IOException {
    Path docs = Files.createDirectory(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "Ik heb pijn.\n\nIk slaap slecht.");
    Files.writeString(docs.resolve("b.txt"), "Ik voel me eenzaam.");
    Path out = dir.resolve("r");
    CliRun run = CliRun.of("report", "-i", docs.toString(), "-d", out.toString(), "--report-language", "nl");
    assertThat(run.status()).as(run.err()).isZero();
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("lang=\"nl\"").contains("Lichaamsfuncties").contains("Getagd per alinea");
  }

  @Test
  void groupByAColumnThatIsNotThereIsAUsageError() throws IOException {
    CliRun run = CliRun.of("report", "-i", SAMPLE.toString(), "-d", dir.resolve("r").toString(), "--group-by",
        "team");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--group-by team").contains("[group, vraag]");
    assertThat(dir.resolve("r")).doesNotExist();
  }
}
