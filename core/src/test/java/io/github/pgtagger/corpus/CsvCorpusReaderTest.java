package io.github.pgtagger.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pgtagger.model.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvCorpusReaderTest {
  static List<CorpusRecord> read(String csv) throws IOException {
    return read(csv.getBytes(StandardCharsets.UTF_8), ReaderOptions.DEFAULTS);
  }

  static List<CorpusRecord> read(byte[] csv, ReaderOptions options) throws IOException {
    List<CorpusRecord> out = new ArrayList<>();
    try (CsvCorpusReader r = new CsvCorpusReader(new ByteArrayInputStream(csv), options)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  static Reflection ok(CorpusRecord r) {
    assertThat(r).isInstanceOf(Reflection.class);
    return (Reflection) r;
  }

  static BadRecord bad(CorpusRecord r) {
    assertThat(r).isInstanceOf(BadRecord.class);
    return (BadRecord) r;
  }

  @Test
  void readsTextIdLanguageAndKeepsOtherColumnsAsMetadataInOrder() throws IOException {
    List<CorpusRecord> rs = read("wijk,id,text,lang,team\nNoord,a1,Mijn rug doet pijn,nl,T1\nZuid,a2,I feel lonely,en,T2\n");
    assertThat(rs).hasSize(2);
    Reflection r = ok(rs.get(0));
    assertThat(r.id()).isEqualTo("a1");
    assertThat(r.line()).isEqualTo(1);
    assertThat(r.text()).isEqualTo("Mijn rug doet pijn");
    assertThat(r.language()).isEqualTo(Language.NL);
    assertThat(r.metadata()).containsExactly(Map.entry("wijk", "Noord"), Map.entry("team", "T1"));
    assertThat(ok(rs.get(1)).language()).isEqualTo(Language.EN);
  }

  @Test
  void idIsTheRowNumberWhenTheColumnIsAbsentOrEmpty() throws IOException {
    assertThat(read("text\neen\ntwee\n")).extracting(CorpusRecord::id).containsExactly("1", "2");
    assertThat(read("id,text\n,een\nx,twee\n")).extracting(CorpusRecord::id).containsExactly("1", "x");
  }

  @Test
  void otherTextAndIdColumnsCanBeChosen() throws IOException {
    byte[] csv = "nr,antwoord\n7,Ik slaap slecht\n".getBytes(StandardCharsets.UTF_8);
    Reflection r = ok(read(csv, ReaderOptions.DEFAULTS.withColumns("antwoord", "nr")).get(0));
    assertThat(r.id()).isEqualTo("7");
    assertThat(r.text()).isEqualTo("Ik slaap slecht");
    assertThat(r.metadata()).isEmpty();
  }

  @Test
  void missingTextColumnIsAUsageErrorNamingTheColumnsPresent() {
    assertThatThrownBy(() -> read("id,tekst,wijk\n1,hallo,Noord\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no text column 'text'")
        .hasMessageContaining("['id', 'tekst', 'wijk']")
        .hasMessageContaining("--text-column");
  }

  @Test
  void emptyInputAndDuplicateColumnsAreUsageErrors() {
    assertThatThrownBy(() -> read("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header");
    assertThatThrownBy(() -> read("\n\n")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> read("text,a,a\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' twice");
  }

  @Test
  void quotedFieldsWithSeparatorsQuotesAndLineBreaks() throws IOException {
    List<CorpusRecord> rs = read("id,text\r\n1,\"een, \"\"twee\"\"\r\ndrie\"\r\n2,vier\r\n");
    assertThat(ok(rs.get(0)).text()).isEqualTo("een, \"twee\"\r\ndrie");
    assertThat(ok(rs.get(1)).text()).isEqualTo("vier");
    assertThat(rs.get(1).line()).isEqualTo(2);
  }

  @Test
  void separatorIsTakenFromTheHeader() throws IOException {
    List<CorpusRecord> semi = read("id;text;wijk\n1;een, twee;Noord\n");
    assertThat(ok(semi.get(0)).text()).isEqualTo("een, twee");
    assertThat(ok(semi.get(0)).metadata()).containsEntry("wijk", "Noord");
    List<CorpusRecord> tab = read("id\ttext\n1\teen; twee, drie\n");
    assertThat(ok(tab.get(0)).text()).isEqualTo("een; twee, drie");
    List<CorpusRecord> single = read("text\neen; twee, drie\n");
    assertThat(single.get(0)).isInstanceOf(BadRecord.class);
  }

  @Test
  void byteOrderMarkBareCarriageReturnsAndBlankLines() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "\"id\",text\r1,een\r\r\n\n2,twee".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(bom);
    b.write(body);
    List<CorpusRecord> rs = read(b.toByteArray(), ReaderOptions.DEFAULTS);
    assertThat(rs).extracting(CorpusRecord::id).containsExactly("1", "2");
    assertThat(rs).extracting(r -> ((Reflection) r).text()).containsExactly("een", "twee");
  }

  @Test
  void raggedRowsBecomeBadRecordsNamingTheRowAndDoNotShiftTheOthers() throws IOException {
    List<CorpusRecord> rs = read("id,text,wijk\n1,een,Noord\n2,twee\n3,drie,Zuid,extra\n4,vier,Zuid,,\n5,vijf,West\n");
    assertThat(rs).hasSize(5);
    assertThat(ok(rs.get(0)).text()).isEqualTo("een");
    BadRecord fewer = bad(rs.get(1));
    assertThat(fewer.line()).isEqualTo(2);
    assertThat(fewer.id()).isEqualTo("2");
    assertThat(fewer.error()).contains("row 2 (line 3)").contains("2 fields but the header has 3 columns");
    BadRecord more = bad(rs.get(2));
    assertThat(more.error()).contains("row 3 (line 4)").contains("4 fields");
    assertThat(ok(rs.get(3)).text()).as("trailing empty fields are tolerated").isEqualTo("vier");
    Reflection last = ok(rs.get(4));
    assertThat(last.id()).isEqualTo("5");
    assertThat(last.line()).isEqualTo(5);
    assertThat(last.metadata()).containsEntry("wijk", "West");
  }

  @Test
  void brokenQuotingIsABadRecordAndTheNextRowsAreRead() throws IOException {
    List<CorpusRecord> rs = read("id,text\n1,\"een\"x\n2,twee\n3,\"drie\n4,vier\n5,vijf\n");
    assertThat(bad(rs.get(0)).error()).contains("row 1 (line 2) is not valid CSV");
    assertThat(ok(rs.get(1)).text()).isEqualTo("twee");
    BadRecord unclosed = bad(rs.get(2));
    assertThat(unclosed.line()).isEqualTo(3);
    assertThat(unclosed.error()).contains("not closed").contains("line 4");
    assertThat(rs.subList(3, rs.size())).extracting(r -> ((Reflection) r).text()).containsExactly("vier", "vijf");
    assertThat(rs.subList(3, rs.size())).extracting(CorpusRecord::id).containsExactly("4", "5");
  }

  @Test
  void invalidUtf8InOneRowIsABadRecord() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("id,text\n1,goed\n2,fo".getBytes(StandardCharsets.UTF_8));
    b.write(0xC3);
    b.write(0x28);
    b.write("ut\n3,weer goed\n".getBytes(StandardCharsets.UTF_8));
    List<CorpusRecord> rs = read(b.toByteArray(), ReaderOptions.DEFAULTS);
    assertThat(ok(rs.get(0)).text()).isEqualTo("goed");
    assertThat(bad(rs.get(1)).error()).contains("row 2 (line 3)").contains("invalid UTF-8 at byte 5");
    assertThat(ok(rs.get(2)).text()).isEqualTo("weer goed");
  }

  @Test
  void fieldsLongerThanTheLimitAreBadRecordsWithAClearMessage() throws IOException {
    ReaderOptions small = ReaderOptions.DEFAULTS.withMaxTextLength(10);
    byte[] csv = ("id,text,note\n1,kort,ok\n2,kort,dit is veel te lang\n3,ook kort,ok\n")
        .getBytes(StandardCharsets.UTF_8);
    List<CorpusRecord> rs = read(csv, small);
    assertThat(ok(rs.get(0)).text()).isEqualTo("kort");
    assertThat(bad(rs.get(1)).error()).contains("column 'note' has 19 chars, more than the limit of 10 chars")
        .contains("--max-text-length");
    assertThat(ok(rs.get(2)).text()).isEqualTo("ook kort");
  }

  @Test
  void rowsLargerThanTheByteLimitAreSkippedToTheirEnd() throws IOException {
    ReaderOptions small = ReaderOptions.DEFAULTS.withMaxTextLength(10);
    int limit = small.maxLineBytes();
    String huge = "x".repeat(limit + 100);
    byte[] csv = ("id,text\n1,een\n2,\"" + huge + "\n" + huge + "\"\n3,drie\n").getBytes(StandardCharsets.UTF_8);
    List<CorpusRecord> rs = read(csv, small);
    assertThat(rs).hasSize(3);
    assertThat(bad(rs.get(1)).error()).contains("larger than the limit of " + limit + " bytes");
    assertThat(ok(rs.get(2)).text()).isEqualTo("drie");
    assertThat(rs.get(2).line()).isEqualTo(3);
  }

  @Test
  void invalidLanguageIsABadRecordAndEmptyLanguageMeansDetect() throws IOException {
    List<CorpusRecord> rs = read("text,lang\neen,fr\ntwee,\n");
    assertThat(bad(rs.get(0)).error()).contains("column 'lang'").contains("unknown language 'fr'");
    assertThat(ok(rs.get(1)).language()).isNull();
  }

  @Test
  void hostileStringsArePassedThroughUnchanged() throws IOException {
    String hostile = "<script>alert(1)</script> ]]> \u0000 \uFFFE =1+1";
    List<CorpusRecord> rs = read("text,note\n\"" + hostile + "\",\"" + hostile + "\"\n");
    assertThat(ok(rs.get(0)).text()).isEqualTo(hostile);
    assertThat(ok(rs.get(0)).metadata()).containsEntry("note", hostile);
  }

  @Test
  void corpusReadersOpensCsvByExtension() throws IOException {
    assertThat(CorpusReaders.Format.of("x.CSV")).isEqualTo(CorpusReaders.Format.CSV);
    try (CorpusReader r = CorpusReaders.open(new ByteArrayInputStream("text\nhallo\n".getBytes(StandardCharsets.UTF_8)),
        CorpusReaders.Format.CSV, ReaderOptions.DEFAULTS)) {
      assertThat(ok(r.next()).text()).isEqualTo("hallo");
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void streamsALargeInputRowByRow() throws IOException {
    int rows = 50_000;
    InputStream generated = new InputStream() {
      private byte[] current = "id,text,wijk\n".getBytes(StandardCharsets.UTF_8);
      private int pos;
      private int row;

      @Override
      public int read() {
        if (pos == current.length) {
          if (row == rows) {
            return -1;
          }
          row++;
          current = (row + ",\"tekst nummer " + row + ", met komma\",wijk" + (row % 7) + "\n")
              .getBytes(StandardCharsets.UTF_8);
          pos = 0;
        }
        return current[pos++] & 0xFF;
      }
    };
    long count = 0;
    String lastId = null;
    try (CsvCorpusReader r = new CsvCorpusReader(generated, ReaderOptions.DEFAULTS)) {
      while (r.hasNext()) {
        Reflection ref = ok(r.next());
        count++;
        lastId = ref.id();
      }
    }
    assertThat(count).isEqualTo(rows);
    assertThat(lastId).isEqualTo(Integer.toString(rows));
  }
}
