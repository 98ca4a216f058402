package io.github.pgtagger.export;

import static io.github.pgtagger.export.RefiQdaFiles.childText;
import static io.github.pgtagger.export.RefiQdaFiles.children;
import static io.github.pgtagger.export.RefiQdaFiles.codePointSlice;
import static io.github.pgtagger.export.RefiQdaFiles.elements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.Polarity;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.Tagger;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class QdpxWriterTest {
  static final Tagger TAGGER = Tagger.defaults();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:15:30.123Z"), ZoneOffset.UTC);
  static final String EMOJI_TEXT = "😀😀 Ik slaap slecht en heb pijn in mijn rug.";
  static final String MOVEMENT_TEXT = "Als ambassadeur wil ik anderen inspireren en de beweging aanjagen in onze wijk.";

  @TempDir
  Path tmp;

  /** One text to export: name, text and result. */
  record Doc(String name, String text, TaggingResult result, Map<String, String> metadata) {}

  static Doc tagged(String name, String text) {
    return new Doc(name, text, TAGGER.tag(text), Map.of());
  }

  byte[] export(List<Doc> docs, QdaCodebook codebook) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (QdpxWriter w = QdpxWriter.builder(codebook).clock(CLOCK).projectName("test project")
        .tempDirectory(tmp).open(out)) {
      long line = 1;
      for (Doc d : docs) {
        w.add(d.name(), line++, d.text(), d.result(), d.metadata());
      }
    }
    return out.toByteArray();
  }

  byte[] export(List<Doc> docs) throws Exception {
    return export(docs, QdaCodebook.of(TAGGER, Language.NL));
  }

  /** Validates project.qde, checks GUID uniqueness and references, and that every selection slices its text. */
  static Element checkProject(Map<String, byte[]> zip) throws Exception {
    byte[] qde = zip.get("project.qde");
    assertThat(qde).as("project.qde").isNotNull();
    RefiQdaFiles.validate(qde, "Project-v1.0.xsd");
    Element root = RefiQdaFiles.parse(qde).getDocumentElement();
    Set<String> guids = new HashSet<>();
    for (String name : List.of("User", "Code", "Variable", "TextSource", "PlainTextSelection", "Coding")) {
      for (Element e : elements(root, name)) {
        assertThat(guids.add(e.getAttribute("guid"))).as("unique guid of " + name).isTrue();
      }
    }
    Set<String> codes = new HashSet<>();
    elements(root, "Code").forEach(c -> codes.add(c.getAttribute("guid")));
    elements(root, "CodeRef").forEach(r -> assertThat(codes).contains(r.getAttribute("targetGUID")));
    Set<String> variables = new HashSet<>();
    elements(root, "Variable").forEach(v -> variables.add(v.getAttribute("guid")));
    elements(root, "VariableRef").forEach(r -> assertThat(variables).contains(r.getAttribute("targetGUID")));
    for (Element src : elements(root, "TextSource")) {
      String path = src.getAttribute("plainTextPath");
      assertThat(path).isEqualTo("internal://" + src.getAttribute("guid") + ".txt");
      byte[] bytes = zip.get("sources/" + src.getAttribute("guid") + ".txt");
      assertThat(bytes).as(path).isNotNull();
      String text = new String(bytes, StandardCharsets.UTF_8);
      for (Element sel : children(src, "PlainTextSelection")) {
        int start = Integer.parseInt(sel.getAttribute("startPosition"));
        int end = Integer.parseInt(sel.getAttribute("endPosition"));
        assertThat(start).isLessThan(end);
        assertThat(end).isLessThanOrEqualTo(text.codePointCount(0, text.length()));
        assertThat(codePointSlice(text, start, end)).isEqualTo(sel.getAttribute("name"));
        assertThat(children(sel, "Coding")).isNotEmpty();
      }
    }
    return root;
  }

  @Test
  void validatesAgainstTheRefiQdaProjectSchema() throws Exception {
    RefiQdaFiles.assumeSchemas();
    Map<String, byte[]> zip = RefiQdaFiles.unzip(export(List.of(tagged("r1", EMOJI_TEXT), tagged("r2", MOVEMENT_TEXT))));
    RefiQdaFiles.validate(zip.get("project.qde"), "Project-v1.0.xsd");
  }

  @Test
  void exportsValidProjectWithAspectAndInterpretationCodings() throws Exception {
    byte[] qdpx = export(List.of(tagged("r1", EMOJI_TEXT), tagged("r2", MOVEMENT_TEXT),
        tagged("r3", "De trein vertrekt om acht uur.")));
    Map<String, byte[]> zip = RefiQdaFiles.unzip(qdpx);
    List<String> names = new ArrayList<>(zip.keySet());
    assertThat(names.get(0)).isEqualTo("sources/");
    assertThat(names.get(names.size() - 1)).isEqualTo("project.qde");
    assertThat(names).hasSize(5);
    Element root = checkProject(zip);
    assertThat(root.getAttribute("name")).isEqualTo("test project");
    assertThat(root.getAttribute("creationDateTime")).isEqualTo("2024-05-01T10:15:30Z");
    assertThat(elements(root, "User")).singleElement()
        .satisfies(u -> assertThat(u.getAttribute("name")).isEqualTo("pgtagger"));
    List<Element> sources = elements(root, "TextSource");
    assertThat(sources).extracting(s -> s.getAttribute("name")).containsExactly("r1", "r2", "r3");
    assertThat(children(sources.get(2), "PlainTextSelection")).isEmpty();

    QdaCodebook cb = QdaCodebook.of(TAGGER, Language.NL);
    Map<String, String> codeBySpan = new HashMap<>();
    for (Element sel : elements(root, "PlainTextSelection")) {
      Element ref = children(children(sel, "Coding").get(0), "CodeRef").get(0);
      codeBySpan.put(sel.getAttribute("name") + "@" + sel.getAttribute("startPosition"), ref.getAttribute("targetGUID"));
    }
    // "😀😀 Ik slaap": two emoji are 4 UTF-16 chars but 2 code points, so "slaap" starts at code point 6, not 8.
    assertThat(EMOJI_TEXT.indexOf("slaap")).isEqualTo(8);
    assertThat(codeBySpan).hasEntrySatisfying(
        codeBySpan.keySet().stream().filter(k -> k.startsWith("slaap") && k.endsWith("@6")).findFirst().orElse("slaap@6"),
        guid -> assertThat(guid).isEqualTo(QdaGuids.format(cb.aspect("SLEEP").guid())));
    assertThat(codeBySpan).containsEntry("pijn@26", QdaGuids.format(cb.aspect("COMPLAINTS_AND_PAIN").guid()));
    assertThat(codeBySpan).containsEntry("ambassadeur@4", QdaGuids.format(cb.interpretation("MOVEMENT").guid()));
    Element r1 = sources.get(0);
    Map<String, String> vars = variableValues(root, r1);
    assertThat(vars).containsEntry("id", "r1").containsEntry("line", "1").containsEntry("language", "nl");
  }

  static Map<String, String> variableValues(Element root, Element source) {
    Map<String, String> names = new HashMap<>();
    elements(root, "Variable").forEach(v -> names.put(v.getAttribute("guid"), v.getAttribute("name")));
    Map<String, String> out = new LinkedHashMap<>();
    for (Element vv : children(source, "VariableValue")) {
      String guid = children(vv, "VariableRef").get(0).getAttribute("targetGUID");
      String value = childText(vv, "TextValue") != null ? childText(vv, "TextValue") : childText(vv, "IntegerValue");
      out.put(names.get(guid), value);
    }
    return out;
  }

  @Test
  void evidenceWithoutAspectIsCodedWithTheDimension() throws Exception {
    String text = "iets over lichaam";
    TaggingResult r = new TaggingResult(Language.NL, false, List.of(new DimensionTag(Dimension.BODILY_FUNCTIONS,
        0.5, List.of(), Polarity.AFFIRMED, List.of(new Evidence(10, 17, "lichaam", "no-such-entry", "lichaam", false)))),
        List.of());
    Element root = checkProject(RefiQdaFiles.unzip(export(List.of(new Doc("x", text, r, Map.of())))));
    Element ref = elements(root, "CodeRef").get(0);
    assertThat(ref.getAttribute("targetGUID"))
        .isEqualTo(QdaGuids.format(QdaGuids.of("dimension:BODILY_FUNCTIONS")));
  }

  @Test
  void sameSpanForTwoCodesIsOneSelectionWithTwoCodings() throws Exception {
    String text = "samen sterk";
    Evidence e = new Evidence(0, 5, "samen", "e1", "samen", true);
    TaggingResult r = new TaggingResult(Language.NL, true,
        List.of(new DimensionTag(Dimension.PARTICIPATION, 0.4, List.of(), Polarity.NEGATED, List.of(e))),
        List.of(new InterpretationTag("SHARED_LANGUAGE", 0.7, Polarity.NEGATED, List.of(e))));
    Element root = checkProject(RefiQdaFiles.unzip(export(List.of(new Doc("x", text, r, Map.of())))));
    Element sel = elements(root, "PlainTextSelection").get(0);
    assertThat(elements(root, "PlainTextSelection")).hasSize(1);
    assertThat(children(sel, "Coding")).hasSize(2);
    assertThat(childText(sel, "Description")).contains("Meedoen (score 0.40; entry e1; term \"samen\"; negated)")
        .contains("score 0.70");
  }

  @Test
  void hostileStringsGiveValidXmlAndPositionsStayValid() throws Exception {
    String hostile = "<script>alert('x')</script> ]]> & \"quoted\" 'single' \u0000\u0001\u000B\uFFFE\uFFFF \uD800 "
        + "😀 שלום עליכם مرحبا \u202Eevil\u202C \r\n\ttab";
    String text = "\u0000A\uFFFE😀 \uD800 <b>&amp;</b> ]]> שלום eenzaam \u0007 😀 pijn";
    int lonely = text.indexOf("eenzaam");
    int pain = text.indexOf("pijn");
    int tag = text.indexOf("<b>&amp;</b>");
    TaggingResult r = new TaggingResult(Language.NL, false, List.of(
        new DimensionTag(Dimension.PARTICIPATION, 0.9, List.of(), Polarity.AFFIRMED, List.of(
            new Evidence(tag, tag + 12, "<b>&amp;</b>", hostile, hostile, false),
            new Evidence(lonely, lonely + 7, "eenzaam", "pa-lonely", "eenzaam", false))),
        new DimensionTag(Dimension.BODILY_FUNCTIONS, 0.8, List.of(), Polarity.AFFIRMED, List.of(
            new Evidence(pain, pain + 4, "pijn", "bf-pain", "pijn", false)))),
        List.of());
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put(hostile, hostile);
    meta.put("id", "metadata id");
    byte[] qdpx = export(List.of(new Doc(hostile, text, r, meta)));
    Map<String, byte[]> zip = RefiQdaFiles.unzip(qdpx);
    Element root = checkProject(zip);
    Element src = elements(root, "TextSource").get(0);
    String replaced = hostile.replace("\u0000", "\uFFFD").replace("\u0001", "\uFFFD").replace("\u000B", "\uFFFD")
        .replace("\uFFFE", "\uFFFD").replace("\uFFFF", "\uFFFD").replace("\uD800", "\uFFFD");
    String expectedName = replaced.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    assertThat(src.getAttribute("name")).isEqualTo(expectedName);
    String plain = new String(zip.get("sources/" + src.getAttribute("guid") + ".txt"), StandardCharsets.UTF_8);
    assertThat(plain).isEqualTo(" A " + "😀 \uFFFD <b>&amp;</b> ]]> שלום eenzaam   😀 pijn");
    assertThat(plain.codePointCount(0, plain.length())).isEqualTo(text.codePointCount(0, text.length()));
    assertThat(elements(root, "PlainTextSelection")).extracting(e -> e.getAttribute("name"))
        .containsExactly("<b>&amp;</b>", "eenzaam", "pijn");
    Map<String, String> vars = variableValues(root, src);
    assertThat(vars).containsEntry("metadata:id", "metadata id");
    // in element text an XML parser reads CR LF as LF; the rest arrives as written
    assertThat(vars).containsEntry(expectedName, replaced.replace("\r\n", "\n"));
    assertThat(childText(elements(root, "PlainTextSelection").get(0), "Description")).contains("<script>");
    String qde = new String(zip.get("project.qde"), StandardCharsets.UTF_8);
    assertThat(qde).doesNotContain("<script>", "\u0000", "\uFFFE").contains("&lt;script&gt;");
  }

  @Test
  void lineBreaksAreKeptAndCountAsCodePoints() throws Exception {
    String text = "Eerste regel.\r\nTweede regel: ik slaap slecht.\nDerde.";
    Doc d = tagged("lb", text);
    Map<String, byte[]> zip = RefiQdaFiles.unzip(export(List.of(d)));
    Element root = checkProject(zip);
    Element src = elements(root, "TextSource").get(0);
    assertThat(new String(zip.get("sources/" + src.getAttribute("guid") + ".txt"), StandardCharsets.UTF_8))
        .isEqualTo(text);
    Element sel = elements(root, "PlainTextSelection").get(0);
    assertThat(sel.getAttribute("name")).startsWith("slaap");
    assertThat(sel.getAttribute("startPosition")).isEqualTo(Integer.toString(text.indexOf("slaap")));
  }

  @Test
  void atMostAHundredMetadataFieldsBecomeVariables() throws Exception {
    Map<String, String> meta = new LinkedHashMap<>();
    for (int i = 0; i < 105; i++) {
      meta.put("field" + i, "v" + i);
    }
    meta.put("empty", "");
    Element root = checkProject(RefiQdaFiles.unzip(export(List.of(
        new Doc("m", "tekst", TAGGER.tag("tekst"), meta)))));
    assertThat(elements(root, "Variable")).hasSize(3 + QdpxWriter.MAX_METADATA_VARIABLES);
    Map<String, String> vars = variableValues(root, elements(root, "TextSource").get(0));
    assertThat(vars).containsEntry("field99", "v99").doesNotContainKeys("field100", "empty");
  }

  @Test
  void sameInputAndClockGiveTheSameBytes() throws Exception {
    List<Doc> docs = List.of(tagged("a", EMOJI_TEXT), tagged("b", MOVEMENT_TEXT));
    byte[] first = export(docs);
    assertThat(export(docs)).isEqualTo(first);
    Map<String, byte[]> zip = RefiQdaFiles.unzip(first);
    String source = new String(zip.get("project.qde"), StandardCharsets.UTF_8);
    // re-tagging with a fresh tagger gives the same export too
    Tagger other = Tagger.defaults();
    byte[] again = export(List.of(new Doc("a", EMOJI_TEXT, other.tag(EMOJI_TEXT), Map.of()),
        new Doc("b", MOVEMENT_TEXT, other.tag(MOVEMENT_TEXT), Map.of())), QdaCodebook.of(other, Language.NL));
    assertThat(new String(RefiQdaFiles.unzip(again).get("project.qde"), StandardCharsets.UTF_8)).isEqualTo(source);
  }

  @Test
  void emptyExportIsAValidProjectAndTheTempFileIsRemoved() throws Exception {
    Map<String, byte[]> zip = RefiQdaFiles.unzip(export(List.of()));
    Element root = checkProject(zip);
    assertThat(elements(root, "TextSource")).isEmpty();
    assertThat(elements(root, "Code")).hasSize(6 + 42 + 1 + 5);
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void textsAreStreamedIntoTheZipAsTheyAreAdded() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (QdpxWriter w = QdpxWriter.builder(QdaCodebook.defaults()).clock(CLOCK).tempDirectory(tmp).open(out)) {
      String big = "De trein vertrekt om acht uur. ".repeat(10_000) + "Ik slaap slecht.";
      w.add("a", 1, big, TAGGER.tag(big), Map.of());
      int afterFirst = out.size();
      // the text went to the zip (deflated), not into memory
      assertThat(afterFirst).isGreaterThan(100);
      w.add("b", 2, big, TAGGER.tag(big), Map.of());
      assertThat(out.size()).isGreaterThan(afterFirst);
      try (Stream<Path> files = Files.list(tmp)) {
        assertThat(files).hasSize(1);
      }
      assertThat(w.sources()).isEqualTo(2);
    }
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).isEmpty();
    }
    checkProject(RefiQdaFiles.unzip(out.toByteArray()));
  }

  @Test
  void rejectsEvidenceThatDoesNotMatchTheTextAndDuplicates() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (QdpxWriter w = QdpxWriter.builder(QdaCodebook.defaults()).clock(CLOCK).tempDirectory(tmp).open(out)) {
      TaggingResult r = TAGGER.tag(EMOJI_TEXT);
      assertThatThrownBy(() -> w.add("x", 1, "another text", r, Map.of()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match the text of \"x\"");
      w.add("x", 1, EMOJI_TEXT, r, Map.of());
      assertThatThrownBy(() -> w.add("x", 1, EMOJI_TEXT, r, Map.of()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("added twice");
      w.add("x", 2, EMOJI_TEXT, r, Map.of());
      w.finish();
      assertThatThrownBy(() -> w.add("y", 3, "tekst", TAGGER.tag("tekst"), Map.of()))
          .isInstanceOf(IllegalStateException.class);
    }
    Element root = checkProject(RefiQdaFiles.unzip(out.toByteArray()));
    assertThat(elements(root, "TextSource")).hasSize(2);
  }
}
