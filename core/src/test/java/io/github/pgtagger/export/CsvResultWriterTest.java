package io.github.pgtagger.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pgtagger.corpus.CorpusRecord;
import io.github.pgtagger.corpus.CsvCorpusReader;
import io.github.pgtagger.corpus.ReaderOptions;
import io.github.pgtagger.corpus.Reflection;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.Polarity;
import io.github.pgtagger.model.TaggingResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvResultWriterTest {
  static final String HOSTILE = "<script>alert('x')</script> ]]> \u0000 \uFFFE \"quoted\", comma;\r\nnew line";

  static TaggingResult result() {
    return new TaggingResult(Language.NL, true,
        List.of(new DimensionTag(Dimension.PARTICIPATION, 0.61234, List.of(), Polarity.AFFIRMED, List.of()),
            new DimensionTag(Dimension.BODILY_FUNCTIONS, 0.45, List.of(), Polarity.NEGATED, List.of())),
        List.of(new InterpretationTag("MOVEMENT", 0.5, Polarity.AFFIRMED, List.of())));
  }

  private static List<Reflection> readBack(byte[] csv) throws IOException {
    List<Reflection> out = new ArrayList<>();
    // read the output as a corpus: "language" as the text column leaves every other column as metadata
    try (CsvCorpusReader r = new CsvCorpusReader(new ByteArrayInputStream(csv),
        ReaderOptions.DEFAULTS.withColumns("language", "id"))) {
      while (r.hasNext()) {
        CorpusRecord rec = r.next();
        assertThat(rec).isInstanceOf(Reflection.class);
        out.add((Reflection) rec);
      }
    }
    return out;
  }

  @Test
  void columnsAreMetadataThenFixedThenOneScorePerLabelThenError() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (CsvResultWriter w = new CsvResultWriter(buf, List.of("wijk", "team"), Codebook.yaron2021())) {
      assertThat(w.header()).startsWith("wijk", "team", "id", "language", "dimensions", "interpretations",
          "BODILY_FUNCTIONS", "MENTAL_WELLBEING").endsWith("SHARED_LANGUAGE", "error");
      assertThat(w.header()).hasSize(2 + 4 + 6 + Codebook.yaron2021().codes().size() + 1);
      w.write(Map.of("wijk", "Noord", "team", "T1"), "r1", result());
      w.writeError(Map.of("wijk", "Zuid"), "r2", "row 2 (line 3) has 2 fields");
    }
    byte[] bytes = buf.toByteArray();
    assertThat(bytes[0] & 0xFF).as("byte order mark").isEqualTo(0xEF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
    List<Reflection> rows = readBack(bytes);
    Reflection ok = rows.get(0);
    assertThat(ok.id()).isEqualTo("r1");
    assertThat(ok.text()).isEqualTo("nl");
    assertThat(ok.metadata()).containsEntry("wijk", "Noord").containsEntry("team", "T1")
        .containsEntry("dimensions", "PARTICIPATION;BODILY_FUNCTIONS").containsEntry("interpretations", "MOVEMENT")
        .containsEntry("PARTICIPATION", "0.6123").containsEntry("BODILY_FUNCTIONS", "0.4500")
        .containsEntry("MENTAL_WELLBEING", "").containsEntry("MOVEMENT", "0.5000").containsEntry("error", "");
    Reflection err = rows.get(1);
    assertThat(err.id()).isEqualTo("r2");
    assertThat(err.metadata()).containsEntry("wijk", "Zuid").containsEntry("team", "")
        .containsEntry("error", "row 2 (line 3) has 2 fields").containsEntry("dimensions", "");
  }

  @Test
  void hostileStringsRoundTripAndFormulaCellsAreNeutralised() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("note", HOSTILE);
    meta.put("=HYPERLINK(\"http://x\")", "=1+1");
    meta.put("plus", "+31 6 1234");
    meta.put("minus", "-2");
    meta.put("at", "@SUM(A1)");
    meta.put("tab", "\tx");
    meta.put("cr", "\rx");
    meta.put("safe", "a = b");
    try (CsvResultWriter w = new CsvResultWriter(buf, new ArrayList<>(meta.keySet()), Codebook.yaron2021())) {
      w.write(meta, "=id", result());
    }
    Reflection r = readBack(buf.toByteArray()).get(0);
    assertThat(r.id()).isEqualTo("'=id");
    assertThat(r.metadata()).containsEntry("note", HOSTILE)
        .containsEntry("'=HYPERLINK(\"http://x\")", "'=1+1")
        .containsEntry("plus", "'+31 6 1234").containsEntry("minus", "'-2").containsEntry("at", "'@SUM(A1)")
        .containsEntry("tab", "'\tx").containsEntry("cr", "'\rx").containsEntry("safe", "a = b");
  }

  @Test
  void metadataColumnsThatCollideWithFixedColumnsAreRenamed() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (CsvResultWriter w = new CsvResultWriter(buf, List.of("language", "MOVEMENT", "input_language"),
        Codebook.yaron2021())) {
      assertThat(w.header()).startsWith("input_language", "input_MOVEMENT", "input_input_language", "id");
      w.write(Map.of("language", "Dutch", "MOVEMENT", "x", "input_language", "y"), "1", result());
    }
    Reflection r = readBack(buf.toByteArray()).get(0);
    assertThat(r.metadata()).containsEntry("input_language", "Dutch").containsEntry("input_MOVEMENT", "x")
        .containsEntry("input_input_language", "y").containsEntry("MOVEMENT", "0.5000");
  }

  @Test
  void neutraliseOnlyTouchesRiskyCells() {
    assertThat(CsvCells.neutralise("=1")).isEqualTo("'=1");
    assertThat(CsvCells.neutralise("")).isEmpty();
    assertThat(CsvCells.neutralise(null)).isEmpty();
    assertThat(CsvCells.neutralise("1=1")).isEqualTo("1=1");
    assertThat(CsvCells.neutralise("'=1")).isEqualTo("'=1");
    assertThat(CsvCells.isRisky(" =1")).isFalse();
  }
}
