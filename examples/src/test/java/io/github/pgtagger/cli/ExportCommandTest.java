package io.github.pgtagger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.pgtagger.export.QdaGuids;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportCommandTest {
  @TempDir
  Path dir;

  /** Runs the CLI, returning the exit status and what it wrote on stderr. */
  record Run(int status, String err) {}

  static Run run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int status = PgTaggerCommand.execute(args);
      return new Run(status, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  /** shared/refi-qda beside the working directory or an ancestor, or null. */
  static Path schemaDir() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path c = d.resolve("shared").resolve("refi-qda");
      if (Files.isRegularFile(c.resolve("Project-v1.0.xsd")) && Files.isRegularFile(c.resolve("Codebook-v1.0.xsd"))) {
        return c;
      }
    }
    return null;
  }

  /** Validates against a REFI-QDA schema; does nothing when the schemas are absent (see the test that skips). */
  static void validate(byte[] xml, String xsd) throws Exception {
    Path dir = schemaDir();
    if (dir == null) {
      return;
    }
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(dir.resolve(xsd).toFile())
        .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  @Test
  void cliOutputValidatesAgainstTheRefiQdaSchemas() throws Exception {
    assumeTrue(schemaDir() != null, "shared/refi-qda not found above " + Path.of("").toAbsolutePath());
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "Ik slaap slecht 😀 en voel me eenzaam.\n");
    Path qdpx = dir.resolve("x.qdpx");
    Path qdc = dir.resolve("x.qdc");
    assertThat(run("export", "-i", in.toString(), "-o", qdpx.toString()).status()).isZero();
    assertThat(run("export", "-o", qdc.toString()).status()).isZero();
    validate(unzip(qdpx).get("project.qde"), "Project-v1.0.xsd");
    validate(Files.readAllBytes(qdc), "Codebook-v1.0.xsd");
  }

  static Map<String, byte[]> unzip(Path zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  static List<Element> elements(byte[] xml, String localName) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    NodeList nl = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getElementsByTagNameNS("*", localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  @Test
  void exportsProjectLeavesOutBadRowsAndReportsTheirLines() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"a1\",\"text\":\"🙂 Mijn rug doet al weken pijn en ik slaap daardoor slecht.\",\"group\":\"wijk 3\"}",
        "{\"id\":\"a2\",\"text\":\"Als ambassadeur wil ik anderen inspireren.\",\"lang\":\"nl\"}",
        "this is not json",
        "{\"id\":\"a4\",\"text\":\"pijn\",\"lang\":\"fr\"}",
        "{\"id\":\"a5\",\"text\":\"De trein vertrekt om acht uur.\"}") + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("study.qdpx");
    Run r = run("export", "--input", in.toString(), "--output", out.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("line 3: malformed JSON").contains("line 4 (id a4):").contains("unknown language 'fr'")
        .contains("exported 3 text(s)").contains("2 row(s) left out");
    Map<String, byte[]> zip = unzip(out);
    byte[] qde = zip.get("project.qde");
    validate(qde, "Project-v1.0.xsd");
    assertThat(elements(qde, "Project").get(0).getAttribute("name")).isEqualTo("study");
    List<Element> sources = elements(qde, "TextSource");
    assertThat(sources).extracting(e -> e.getAttribute("name")).containsExactly("a1", "a2", "a5");
    assertThat(elements(qde, "Variable")).extracting(e -> e.getAttribute("name")).contains("group");
    String text = new String(zip.get("sources/" + sources.get(0).getAttribute("guid") + ".txt"), StandardCharsets.UTF_8);
    assertThat(text).startsWith("🙂 Mijn rug");
    List<Element> selections = elements(qde, "PlainTextSelection");
    assertThat(selections).isNotEmpty();
    for (Element s : selections) {
      if (!s.getParentNode().equals(sources.get(0))) {
        continue;
      }
      int start = Integer.parseInt(s.getAttribute("startPosition"));
      int end = Integer.parseInt(s.getAttribute("endPosition"));
      assertThat(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)))
          .isEqualTo(s.getAttribute("name"));
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.jsonl", "study.qdpx");
    }
  }

  @Test
  void readsCsvWithNamedTextAndIdColumns() throws Exception {
    Path in = dir.resolve("survey.csv");
    Files.writeString(in, "respondent;antwoord;wijk\n"
        + "r1;Mijn rug doet al weken pijn en ik slaap slecht.;Noord\n"
        + "r2;De bus rijdt vanaf maandag een andere route.;Zuid\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("survey.qdpx");
    Run r = run("export", "-i", in.toString(), "-o", out.toString(), "--text-column", "antwoord",
        "--id-column", "respondent");
    assertThat(r.status()).as(r.err()).isZero();
    byte[] qde = unzip(out).get("project.qde");
    validate(qde, "Project-v1.0.xsd");
    assertThat(elements(qde, "TextSource")).extracting(e -> e.getAttribute("name")).containsExactly("r1", "r2");
    assertThat(elements(qde, "PlainTextSelection")).extracting(e -> e.getAttribute("name")).contains("pijn");
    assertThat(elements(qde, "Variable")).extracting(e -> e.getAttribute("name")).contains("wijk");
    Run missing = run("export", "-i", in.toString(), "-o", dir.resolve("x.qdpx").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("text");
  }

  @Test
  void userLexiconEntriesAreCodedWithTheirAspect() throws Exception {
    Path lex = dir.resolve("mine.json");
    Files.writeString(lex, "{\"schemaVersion\":1,\"language\":\"nl\",\"scheme\":\"dimensions\",\"provenance\":\"test\","
        + "\"entries\":[{\"id\":\"my-1\",\"label\":\"BODILY_FUNCTIONS\",\"aspect\":\"EXERCISE\",\"terms\":[\"petanque\"],"
        + "\"weight\":3}]}");
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "Elke dinsdag petanque met de buren.\n");
    Path out = dir.resolve("out.qdpx");
    assertThat(run("export", "-i", in.toString(), "-o", out.toString(), "--lexicon", lex.toString()).status())
        .isZero();
    byte[] qde = unzip(out).get("project.qde");
    Element sel = elements(qde, "PlainTextSelection").stream()
        .filter(e -> e.getAttribute("name").equals("petanque")).findFirst().orElseThrow();
    Element ref = (Element) sel.getElementsByTagNameNS("*", "CodeRef").item(0);
    assertThat(ref.getAttribute("targetGUID")).isEqualTo(QdaGuids.format(QdaGuids.of("aspect:mph-2016:EXERCISE")));
  }

  @Test
  void exportsCodebookInEitherLanguage() throws Exception {
    Path nl = dir.resolve("codes.qdc");
    assertThat(run("export", "-o", nl.toString()).status()).isZero();
    byte[] xml = Files.readAllBytes(nl);
    validate(xml, "Codebook-v1.0.xsd");
    assertThat(new String(xml, StandardCharsets.UTF_8)).contains("name=\"Lichaamsfuncties\"");
    Path en = dir.resolve("codes-en.xml");
    assertThat(run("export", "--format", "qdc", "--code-language", "en", "-o", en.toString()).status()).isZero();
    assertThat(Files.readString(en)).contains("name=\"Bodily functions\"");
    assertThat(elements(xml, "Code")).extracting(e -> e.getAttribute("guid"))
        .containsExactlyElementsOf(elements(Files.readAllBytes(en), "Code").stream()
            .map(e -> e.getAttribute("guid")).toList());
  }

  @Test
  void usageErrorsExitTwoAndWriteNothing() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "pijn\n");
    Run noFormat = run("export", "-i", in.toString(), "-o", dir.resolve("out.zip").toString());
    assertThat(noFormat.status()).isEqualTo(2);
    assertThat(noFormat.err()).contains("--format");
    assertThat(run("export", "-o", dir.resolve("x.qdpx").toString()).err()).contains("--input is required");
    assertThat(run("export", "-i", in.toString(), "-o", dir.resolve("x.qdc").toString()).status()).isEqualTo(2);
    assertThat(run("export", "-i", in.toString(), "-o", dir.resolve("x.qdpx").toString(), "--format", "pdf")
        .status()).isEqualTo(2);
    assertThat(run("export", "-i", in.toString(), "-o", dir.resolve("x.qdpx").toString(), "--code-language", "de")
        .status()).isEqualTo(2);
    assertThat(run("export", "-i", dir.resolve("missing.jsonl").toString(), "-o", dir.resolve("x.qdpx").toString())
        .err()).contains("no such file");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in.txt");
    }
  }
}
