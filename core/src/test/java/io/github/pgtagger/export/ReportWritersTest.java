package io.github.pgtagger.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pgtagger.corpus.CorpusRecord;
import io.github.pgtagger.corpus.CorpusSummary;
import io.github.pgtagger.corpus.CsvCorpusReader;
import io.github.pgtagger.corpus.ReaderOptions;
import io.github.pgtagger.corpus.Reflection;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.Polarity;
import io.github.pgtagger.model.TaggingResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ReportWritersTest {
  static final String HOSTILE = "<script>alert(1)</script>]]>\u0000\uFFFE&\"'";

  /** A summary whose group names, ids and texts are hostile strings. */
  static CorpusSummary hostileSummary() {
    CorpusSummary.Builder b = CorpusSummary.builder(Codebook.yaron2021()).groupBy("wijk<b>");
    for (int i = 0; i < 3; i++) {
      String text = HOSTILE + " mijn pijn " + HOSTILE;
      int at = text.indexOf("pijn");
      TaggingResult r = new TaggingResult(Language.NL, true, List.of(new DimensionTag(Dimension.BODILY_FUNCTIONS,
          0.5 + i / 10.0, List.of(), Polarity.AFFIRMED,
          List.of(new Evidence(at, at + 4, "pijn", "bf", "<pijn>", false)))), List.of());
      b.add(HOSTILE + i, i == 2 ? "Zuid" : HOSTILE, text, r);
    }
    b.add("plain", "Noord", "Niets.", new TaggingResult(Language.EN, true, List.of(), List.of()));
    return b.build();
  }

  static Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void summaryJsonHasTheDocumentedShape() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SummaryJsonWriter.write(hostileSummary(), out);
    JsonNode j = new ObjectMapper().readTree(out.toByteArray());
    assertThat(j.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(j.get("groupBy").asText()).isEqualTo("wijk<b>");
    assertThat(j.get("records").asLong()).isEqualTo(4);
    assertThat(j.get("texts").asLong()).isEqualTo(4);
    assertThat(j.get("languages").get("nl").asLong()).isEqualTo(3);
    assertThat(j.get("labels")).hasSize(6 + 5);
    assertThat(j.at("/overall/labels/BODILY_FUNCTIONS/count").asLong()).isEqualTo(3);
    assertThat(j.at("/overall/labels/BODILY_FUNCTIONS/share").asDouble()).isEqualTo(0.75);
    assertThat(j.get("groups")).hasSize(3);
    assertThat(j.at("/groups/0/name").asText()).isEqualTo(HOSTILE);
    assertThat(j.at("/groups/0/texts").asLong()).isEqualTo(2);
    assertThat(j.at("/cooccurrence/counts/0/0").asLong()).isEqualTo(3);
    assertThat(j.at("/topTerms/BODILY_FUNCTIONS/0/term").asText()).isEqualTo("<pijn>");
    JsonNode ex = j.at("/examples/BODILY_FUNCTIONS/0");
    assertThat(ex.get("id").asText()).isEqualTo(HOSTILE + "2");
    assertThat(ex.get("score").asDouble()).isEqualTo(0.7);
    String text = ex.get("text").asText();
    assertThat(text.substring(ex.at("/marks/0/start").asInt(), ex.at("/marks/0/end").asInt())).isEqualTo("pijn");
  }

  @Test
  void summaryCsvIsOneLongTableThatReadsBack() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SummaryCsvWriter.write(hostileSummary(), out);
    List<Reflection> rows = new ArrayList<>();
    try (CsvCorpusReader r = new CsvCorpusReader(new ByteArrayInputStream(out.toByteArray()),
        ReaderOptions.DEFAULTS.withColumns("section", "none"))) {
      assertThat(r.columns()).isEqualTo(SummaryCsvWriter.COLUMNS);
      while (r.hasNext()) {
        CorpusRecord rec = r.next();
        assertThat(rec).isInstanceOf(Reflection.class);
        rows.add((Reflection) rec);
      }
    }
    Reflection bfAll = rows.stream().filter(x -> x.text().equals("counts")
        && x.metadata().get("group").equals(SummaryCsvWriter.ALL)
        && x.metadata().get("label").equals("BODILY_FUNCTIONS")).findFirst().orElseThrow();
    assertThat(bfAll.metadata()).containsEntry("count", "3").containsEntry("total", "4")
        .containsEntry("share", "0.7500");
    assertThat(rows).anyMatch(x -> x.text().equals("counts") && x.metadata().get("group").equals(HOSTILE));
    assertThat(rows).anyMatch(x -> x.text().equals("cooccurrence") && x.metadata().get("item").equals("MOVEMENT"));
    assertThat(rows).anyMatch(x -> x.text().equals("term") && x.metadata().get("item").equals("<pijn>")
        && x.metadata().get("count").equals("3"));
    assertThat(rows).anyMatch(x -> x.text().equals("example") && x.metadata().get("score").equals("0.7000")
        && x.metadata().get("text").contains("pijn"));
    long counts = rows.stream().filter(x -> x.text().equals("counts")).count();
    assertThat(counts).isEqualTo(4 * (11 + 2));
  }

  @Test
  void svgIsWellFormedXmlWithEscapedLabels() throws Exception {
    String svg = SpiderwebSvg.document(hostileSummary(), Language.NL);
    Document d = parseXml(svg);
    assertThat(d.getDocumentElement().getLocalName() == null ? d.getDocumentElement().getTagName()
        : d.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(svg).doesNotContain("<script").doesNotContain("\u0000").doesNotContain("\uFFFE")
        .doesNotContain("]]>");
    assertThat(svg).contains("&lt;script&gt;").contains("Lichaamsfuncties").contains("Noord (1 teksten)");
    assertThat(d.getElementsByTagName("polygon").getLength()).as("4 rings + 3 groups").isEqualTo(7);
    String legend = d.getDocumentElement().getTextContent();
    assertThat(legend).contains("<script>alert(1)</script>]]>\uFFFD\uFFFD&\"' (2 teksten)");
  }

  @Test
  void svgWithoutGroupsDrawsAllTexts() throws Exception {
    CorpusSummary.Builder b = CorpusSummary.builder(Codebook.yaron2021());
    b.add("1", null, "x", new TaggingResult(Language.EN, true, List.of(), List.of()));
    String svg = SpiderwebSvg.element(b.build(), Language.EN);
    Document d = parseXml(svg);
    assertThat(d.getElementsByTagName("polygon").getLength()).isEqualTo(5);
    assertThat(svg).contains("All texts (1 texts)").contains(">20%<");
  }

  @Test
  void htmlIsSelfContainedEscapedAndItsSvgParses() throws Exception {
    String html = HtmlReport.render(hostileSummary(),
        new HtmlReport.Options("Rapport <wijk> & team", "data/" + HOSTILE + ".csv", Language.EN, List.of(HOSTILE)));
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).doesNotContain("<script").doesNotContain("\u0000").doesNotContain("\uFFFE")
        .doesNotContain("]]>");
    String withoutNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assertThat(withoutNamespace).as("nothing to load").doesNotContainPattern("(?i)(src|href)\\s*=")
        .doesNotContain("http://").doesNotContain("https://").doesNotContain("url(").doesNotContain("@import");
    assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
    assertThat(html).contains("<title>Rapport &lt;wijk&gt; &amp; team</title>");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;]]&gt;\uFFFD\uFFFD&amp;&quot;&#39;");
    assertThat(html).contains("<mark>pijn</mark>");
    int start = html.indexOf("<svg");
    int end = html.indexOf("</svg>") + "</svg>".length();
    assertThat(start).isPositive();
    parseXml(html.substring(start, end));
  }

  @Test
  void overlappingMarksAreNotNested() {
    CorpusSummary.Snippet s = new CorpusSummary.Snippet("1", "", 0.5, "a <b> c", List.of(
        new CorpusSummary.Mark(2, 5), new CorpusSummary.Mark(3, 7)), true, false);
    assertThat(HtmlReport.snippetHtml(s)).isEqualTo("&hellip;a <mark>&lt;b&gt;</mark><mark> c</mark>");
  }
}
