package io.github.pgtagger.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line-based readers under hostile input: every input line gives exactly one record, in order, numbered from 1;
 * bad lines give a {@link BadRecord} that says why and never shift the others.
 */
class HostileInputReaderTest {
  static final String LONG_TOKEN = "a".repeat(100_000);

  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      byte[] b = p instanceof byte[] ? (byte[]) p : p.toString().getBytes(StandardCharsets.UTF_8);
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }

  static List<CorpusRecord> read(byte[] input, CorpusReaders.Format format, ReaderOptions options) throws IOException {
    List<CorpusRecord> out = new ArrayList<>();
    try (CorpusReader r = CorpusReaders.open(new ByteArrayInputStream(input), format, options)) {
      while (r.hasNext()) {
        out.add(r.next());
      }
    }
    for (int i = 0; i < out.size(); i++) {
      assertThat(out.get(i).line()).as("line number of record %d", i).isEqualTo(i + 1);
    }
    return out;
  }

  static String text(CorpusRecord r) {
    assertThat(r).as("record of line %d", r.line()).isInstanceOf(Reflection.class);
    return ((Reflection) r).text();
  }

  static String error(CorpusRecord r) {
    assertThat(r).as("record of line %d", r.line()).isInstanceOf(BadRecord.class);
    return ((BadRecord) r).error();
  }

  @Test
  void jsonlEveryLineGivesOneRecordInOrder() throws IOException {
    byte[] input = bytes(
        "\uFEFF{\"id\":\"bom\",\"text\":\"first line after a byte order mark\"}\r\n",   // 1 BOM + CRLF
        "{\"id\":\"bad\",\"text\":\"unterminated}\n",                                      // 2 malformed
        "{\"id\":\"none\"}\n",                                                            // 3 missing text
        "{\"id\":\"num\",\"text\":12}\n",                                                 // 4 non-string
        "{\"id\":\"arr\",\"text\":[\"a\"]}\n",                                            // 5 non-string
        bytes("{\"id\":\"utf\",\"text\":\"pijn \u00e9", new byte[] {(byte) 0xC3, 0x28}, "\"}\n"), // 6 bad UTF-8
        "{\"id\":\"nul\",\"text\":\"a\\u0000b\\u0007c\\u001bd\"}\n",                      // 7 escaped controls
        bytes("{\"id\":\"rawnul\",\"text\":\"a", new byte[] {0}, "b\"}\n"),              // 8 raw NUL in JSON
        "{\"id\":\"long\",\"text\":\"" + LONG_TOKEN + "\"}\n",                            // 9 100k token
        "{\"id\":\"emoji\",\"text\":\"\uD83D\uDE00 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\"}\n", // 10
        "{\"id\":\"rtl\",\"text\":\"\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627\"}\n",       // 11
        "{\"id\":\"zw\",\"text\":\"een\u200Bzaam\u200Cheid\u200D\"}\n",                   // 12 zero-width
        "{\"id\":\"lone\",\"text\":\"\\ud800 alone\"}\n",                                 // 13 escaped lone surrogate
        "\n",                                                                              // 14 empty line
        "{\"id\":\"last\",\"text\":\"no newline at the end\"}");                          // 15 no final LF
    List<CorpusRecord> recs = read(input, CorpusReaders.Format.JSONL, ReaderOptions.DEFAULTS);
    assertThat(recs).hasSize(15);
    assertThat(recs.get(0).id()).isEqualTo("bom");
    assertThat(text(recs.get(0))).isEqualTo("first line after a byte order mark");
    assertThat(error(recs.get(1))).startsWith("malformed JSON");
    assertThat(error(recs.get(2))).isEqualTo("missing \"text\"");
    assertThat(recs.get(2).id()).isEqualTo("none");
    assertThat(error(recs.get(3))).isEqualTo("\"text\" must be a string but is number");
    assertThat(error(recs.get(4))).isEqualTo("\"text\" must be a string but is array");
    assertThat(error(recs.get(5))).startsWith("invalid UTF-8 at byte 28 of the line");
    assertThat(text(recs.get(6))).isEqualTo("a\u0000b\u0007c\u001bd");
    assertThat(error(recs.get(7))).startsWith("malformed JSON").contains("CTRL-CHAR");
    assertThat(text(recs.get(8))).isEqualTo(LONG_TOKEN);
    assertThat(text(recs.get(9))).isEqualTo("\uD83D\uDE00 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67");
    assertThat(text(recs.get(10))).isEqualTo("\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627");
    assertThat(text(recs.get(11))).isEqualTo("een\u200Bzaam\u200Cheid\u200D");
    assertThat(text(recs.get(12))).isEqualTo("\uD800 alone");
    assertThat(error(recs.get(13))).startsWith("empty line");
    assertThat(text(recs.get(14))).isEqualTo("no newline at the end");
  }

  @Test
  void textLinesEveryLineGivesOneRecordInOrder() throws IOException {
    byte[] input = bytes(
        "\uFEFFeerste regel\r\n",                                   // 1 BOM + CRLF
        bytes("pijn ", new byte[] {(byte) 0xC3, 0x28}, "\n"),      // 2 invalid UTF-8
        bytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\n"), // 3 encoded surrogate (CESU)
        bytes(new byte[] {(byte) 0xC0, (byte) 0xAF}, "\n"),        // 4 overlong
        bytes("a", new byte[] {0, 1, 7, 0x1B, 0x7F}, "b\n"),       // 5 raw controls kept
        LONG_TOKEN + "\n",                                          // 6
        "\uD83D\uDE00 emoji\n",                                     // 7
        "\u05E9\u05DC\u05D5\u05DD\n",                               // 8 RTL
        "een\u200Bzaam\n",                                          // 9 ZWSP
        "\r\n",                                                     // 10 empty (CRLF)
        "\uFEFFnot a BOM here\n",                                   // 11 BOM only stripped on line 1
        "a\rb\n",                                                   // 12 lone CR kept
        "laatste");                                                 // 13 no final LF
    List<CorpusRecord> recs = read(input, CorpusReaders.Format.TXT, ReaderOptions.DEFAULTS);
    assertThat(recs).hasSize(13);
    assertThat(text(recs.get(0))).isEqualTo("eerste regel");
    assertThat(error(recs.get(1))).isEqualTo("invalid UTF-8 at byte 6 of the line; save the file as UTF-8");
    assertThat(recs.get(1).id()).isEqualTo("2");
    assertThat(error(recs.get(2))).startsWith("invalid UTF-8 at byte 1");
    assertThat(error(recs.get(3))).startsWith("invalid UTF-8 at byte 1");
    assertThat(text(recs.get(4))).isEqualTo("a\u0000\u0001\u0007\u001b\u007fb");
    assertThat(text(recs.get(5))).isEqualTo(LONG_TOKEN);
    assertThat(text(recs.get(6))).isEqualTo("\uD83D\uDE00 emoji");
    assertThat(text(recs.get(7))).isEqualTo("\u05E9\u05DC\u05D5\u05DD");
    assertThat(text(recs.get(8))).isEqualTo("een\u200Bzaam");
    assertThat(text(recs.get(9))).isEmpty();
    assertThat(text(recs.get(10))).isEqualTo("\uFEFFnot a BOM here");
    assertThat(text(recs.get(11))).isEqualTo("a\rb");
    assertThat(text(recs.get(12))).isEqualTo("laatste");
  }

  @Test
  void invalidUtf8IsAnErrorRowNotAReplacementDecode() throws IOException {
    byte[] input = bytes("ok\n", new byte[] {'x', (byte) 0xFF, 'y', '\n'}, "ok\n");
    for (CorpusReaders.Format f : List.of(CorpusReaders.Format.JSONL, CorpusReaders.Format.TXT)) {
      List<CorpusRecord> recs = read(input, f, ReaderOptions.DEFAULTS);
      assertThat(recs).hasSize(3);
      assertThat(error(recs.get(1))).contains("invalid UTF-8 at byte 2").doesNotContain("\uFFFD");
    }
  }

  @Test
  void textOverTheLimitIsAnErrorRowNamingTheLimitAndOption() throws IOException {
    ReaderOptions small = ReaderOptions.DEFAULTS.withMaxTextLength(10);
    List<CorpusRecord> txt = read(bytes("0123456789\n01234567890\nkort\n"), CorpusReaders.Format.TXT, small);
    assertThat(txt).hasSize(3);
    assertThat(text(txt.get(0))).hasSize(10);
    assertThat(error(txt.get(1))).isEqualTo("text of 11 chars is longer than the limit of 10 chars; raise it with "
        + "--max-text-length (API: ReaderOptions.withMaxTextLength)");
    assertThat(text(txt.get(2))).isEqualTo("kort");

    String big = "b".repeat(5_000);
    List<CorpusRecord> jsonl = read(bytes("{\"text\":\"" + big + "\"}\n{\"text\":\"kort\"}\n"),
        CorpusReaders.Format.JSONL, small);
    assertThat(jsonl).hasSize(2);
    assertThat(error(jsonl.get(0))).contains("text of 5000 chars is longer than the limit of 10 chars")
        .contains("--max-text-length");
    assertThat(text(jsonl.get(1))).isEqualTo("kort");
  }

  @Test
  void lineOverTheByteLimitIsSkippedToItsEndAndReported() throws IOException {
    ReaderOptions small = ReaderOptions.DEFAULTS.withMaxTextLength(10);
    int limit = small.maxLineBytes();
    byte[] input = bytes("voor\n", "x".repeat(limit + 100_000), "\nna\n");
    for (CorpusReaders.Format f : List.of(CorpusReaders.Format.JSONL, CorpusReaders.Format.TXT)) {
      List<CorpusRecord> recs = read(input, f, small);
      assertThat(recs).hasSize(3);
      assertThat(error(recs.get(1))).isEqualTo("line is longer than the limit of " + limit
          + " bytes; raise it with --max-text-length");
      assertThat(recs.get(2).line()).isEqualTo(3);
    }
    assertThat(text(read(input, CorpusReaders.Format.TXT, small).get(2))).isEqualTo("na");
  }

  @Test
  void utf8LineReaderHandlesLimitsAtChunkBoundaries() {
    // lines exactly at, and one byte over, a small limit; split across the 64 KiB read chunks
    StringBuilder sb = new StringBuilder();
    List<Integer> lengths = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      int len = 40 + (i * 7919) % 25;
      lengths.add(len);
      sb.append("z".repeat(len)).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    Utf8LineReader lines = new Utf8LineReader(
        new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), 60, "--opt");
    for (int i = 0; i < lengths.size(); i++) {
      Utf8LineReader.Line l = lines.next();
      assertThat(l.number()).isEqualTo(i + 1);
      int bytes = lengths.get(i) + (i % 3 == 0 ? 1 : 0); // the CR counts until it is dropped
      if (bytes > 60) {
        assertThat(l.error()).contains("limit of 60 bytes").contains("--opt");
      } else {
        assertThat(l.text()).hasSize(lengths.get(i));
      }
    }
    assertThat(lines.next()).isNull();
  }

  @Test
  void emptyInputAndLoneNewlines() throws IOException {
    assertThat(read(new byte[0], CorpusReaders.Format.TXT, ReaderOptions.DEFAULTS)).isEmpty();
    assertThat(read(new byte[0], CorpusReaders.Format.JSONL, ReaderOptions.DEFAULTS)).isEmpty();
    assertThat(read(bytes("\n\n\n"), CorpusReaders.Format.TXT, ReaderOptions.DEFAULTS)).hasSize(3);
    assertThat(read(bytes("\uFEFF"), CorpusReaders.Format.TXT, ReaderOptions.DEFAULTS)).hasSize(1);
  }
}
