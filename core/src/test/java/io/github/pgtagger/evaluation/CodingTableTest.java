package io.github.pgtagger.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pgtagger.model.DataFileException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodingTableTest {
  private static final Set<String> CODES = Set.of("A", "B", "C");

  private static CodingTable read(String csv, CodingTable.CsvOptions options) {
    return CodingTable.readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "codes.csv",
        options);
  }

  private static CodingTable read(String csv) {
    return read(csv, CodingTable.CsvOptions.of(List.of("ann", "bob"), CODES));
  }

  @Test
  void readsCodesJoinedBySemicolons() {
    CodingTable t = read("\uFEFFid,text,ann,bob\n"
        + "u1,\"Een tekst, met komma\",A;B,a\n"
        + "\n"
        + "u2,\"twee\nregels\", b ; ;,\n"
        + "u3,drie,C,C\n");
    assertThat(t.columns()).containsExactly("id", "text", "ann", "bob");
    assertThat(t.coders()).containsExactly("ann", "bob");
    assertThat(t.units()).hasSize(3);
    CodingTable.CodedUnit u1 = t.units().get(0);
    assertThat(u1.id()).isEqualTo("u1");
    assertThat(u1.text()).isEqualTo("Een tekst, met komma");
    assertThat(u1.codes()).containsExactly(Set.of("A", "B"), Set.of("A"));
    CodingTable.CodedUnit u2 = t.units().get(1);
    assertThat(u2.codes()).containsExactly(Set.of("B"), Set.of());
    assertThat(u2.line()).isEqualTo(4);
    assertThat(t.units().get(2).line()).isEqualTo(6);
    assertThat(t.units().get(2).row()).isEqualTo(3);
    assertThat(t.usedCodes()).containsExactly("A", "B", "C");
  }

  @Test
  void usesRowNumbersWithoutAnIdColumnAndHonoursTheMissingMarker() {
    CodingTable t = read("ann,bob\nA,NA\nB,b\n",
        new CodingTable.CsvOptions(List.of("ann", "bob"), null, null, CODES, "na", ','));
    assertThat(t.units()).extracting(CodingTable.CodedUnit::id).containsExactly("1", "2");
    assertThat(t.units().get(0).codes().get(1)).isNull();
    assertThat(t.units().get(0).text()).isNull();
  }

  @Test
  void readsOtherSeparators() {
    CodingTable t = read("id;ann;bob\n1;\"A;B\";A\n",
        new CodingTable.CsvOptions(List.of("ann", "bob"), null, null, CODES, null, ';'));
    assertThat(t.units().get(0).codes().get(0)).containsExactly("A", "B");
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsPresent() {
    assertThatThrownBy(() -> read("id,ann,carol\n1,A,B\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("codes.csv: header (line 1)")
        .hasMessageContaining("coder column \"bob\" not found; columns present: [id, ann, carol]");
    assertThatThrownBy(() -> read("id,ann,bob\n1,A,B\n",
        new CodingTable.CsvOptions(List.of("ann", "bob"), "key", null, CODES, null, ',')))
        .hasMessageContaining("id column \"key\" not found");
    assertThatThrownBy(() -> read("id;ann;bob\n1;A;B\n"))
        .hasMessageContaining("separated by ';'");
  }

  @Test
  void raggedRowsNameTheRowAndLine() {
    assertThatThrownBy(() -> read("id,ann,bob\n1,A,B\n2,A\n"))
        .hasMessageContaining("data row 2 (line 3)")
        .hasMessageContaining("has 2 cells but the header has 3 columns");
    assertThatThrownBy(() -> read("id,ann,bob\n1,A,B,C\n"))
        .hasMessageContaining("data row 1 (line 2)").hasMessageContaining("4 cells");
  }

  @Test
  void unknownCodesNameRowColumnAndValidCodes() {
    assertThatThrownBy(() -> read("id,ann,bob\n1,A,B\n2,A,\"A, B\"\n"))
        .hasMessageContaining("data row 2 (line 3), column \"bob\"")
        .hasMessageContaining("unknown code \"A, B\"")
        .hasMessageContaining("[A, B, C]");
  }

  @Test
  void refusesDuplicateIdsEmptyFilesAndBadUtf8() {
    assertThatThrownBy(() -> read("id,ann,bob\n1,A,B\n1,A,B\n")).hasMessageContaining("duplicate id \"1\"");
    assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> read("id,ann,bob\n")).hasMessageContaining("no data rows");
    assertThatThrownBy(() -> read("id,ann,ann\n1,A,B\n")).hasMessageContaining("appears twice");
    byte[] bad = "id,ann,bob\n1,A,\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> CodingTable.readCsv(new ByteArrayInputStream(bad), "codes.csv",
        CodingTable.CsvOptions.of(List.of("ann", "bob"), CODES))).hasMessageContaining("UTF-8");
  }

  @Test
  void addsACoderAndComputesAgreement() {
    CodingTable t = read("id,ann,bob\n1,A,A\n2,A;B,A\n3,,B\n4,B,B\n");
    // the same units as AgreementTest.multiLabelReportAgainstHandComputedValues
    AgreementReport r = t.agreement(List.of("A", "B"));
    assertThat(r.alphaMasi()).isCloseTo(5.0 / 12.0, org.assertj.core.api.Assertions.within(1e-12));
    CodingTable withTagger = t.withCoder("pgtagger", u -> Set.of("A"));
    assertThat(withTagger.coders()).containsExactly("ann", "bob", "pgtagger");
    assertThat(withTagger.agreement(List.of("A", "B")).kappas()).hasSize(3);
    assertThatThrownBy(() -> t.withCoder("ann", u -> Set.of())).hasMessageContaining("already exists");
  }
}
