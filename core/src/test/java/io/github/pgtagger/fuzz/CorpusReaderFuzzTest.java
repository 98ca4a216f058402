package io.github.pgtagger.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.pgtagger.corpus.BadRecord;
import io.github.pgtagger.corpus.CorpusReader;
import io.github.pgtagger.corpus.CorpusReaders;
import io.github.pgtagger.corpus.CorpusRecord;
import io.github.pgtagger.corpus.ReaderOptions;
import io.github.pgtagger.corpus.Reflection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the line-based corpus readers (JSON Lines and plain text): any bytes give exactly one record per line, in
 * order, numbered 1..n, and never an exception. For plain text the expected record of each line is computed
 * independently (strict UTF-8, BOM and CR dropped, length limit) and compared.
 *
 * <p>Regression mode runs the seeds in
 * {@code src/test/resources/io/github/pgtagger/fuzz/CorpusReaderFuzzTestInputs/lineReaders/}. A reader whose
 * records may span lines (CSV) needs its own target with its own record-count rule.
 */
class CorpusReaderFuzzTest {
  /** Small, so that the fuzzer reaches the text limit. */
  static final int MAX_TEXT_LENGTH = 200;
  private static final ReaderOptions OPTIONS = ReaderOptions.DEFAULTS.withMaxTextLength(MAX_TEXT_LENGTH);

  @FuzzTest(maxDuration = FuzzInputs.FUZZ_DURATION)
  void lineReaders(byte[] input) throws IOException {
    List<byte[]> lines = splitLines(input);
    List<CorpusRecord> jsonl = readAll(input, CorpusReaders.Format.JSONL);
    List<CorpusRecord> txt = readAll(input, CorpusReaders.Format.TXT);
    assertThat(jsonl).hasSize(lines.size());
    assertThat(txt).hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      CorpusRecord j = jsonl.get(i);
      assertThat(j.line()).isEqualTo(i + 1);
      if (j instanceof Reflection r) {
        assertThat(r.text().length()).isLessThanOrEqualTo(MAX_TEXT_LENGTH);
        assertThat(r.id()).isNotNull();
      } else {
        assertThat(((BadRecord) j).error()).isNotBlank();
      }
      CorpusRecord t = txt.get(i);
      assertThat(t.line()).isEqualTo(i + 1);
      assertThat(t.id()).isEqualTo(Integer.toString(i + 1));
      String expected = expectedText(lines.get(i), i == 0);
      if (expected == null) {
        assertThat(t).isInstanceOf(BadRecord.class);
        assertThat(((BadRecord) t).error()).containsAnyOf("invalid UTF-8", "longer than the limit");
      } else {
        assertThat(t).isInstanceOf(Reflection.class);
        assertThat(((Reflection) t).text()).isEqualTo(expected);
      }
    }
  }

  private static List<CorpusRecord> readAll(byte[] input, CorpusReaders.Format format) throws IOException {
    List<CorpusRecord> out = new ArrayList<>();
    try (CorpusReader reader = CorpusReaders.open(new ByteArrayInputStream(input), format, OPTIONS)) {
      while (reader.hasNext()) {
        out.add(reader.next());
      }
      assertThat(reader.hasNext()).isFalse();
    }
    return out;
  }

  /** Lines split on LF; a last line without LF counts, an empty remainder after the last LF does not. */
  static List<byte[]> splitLines(byte[] input) {
    List<byte[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        out.add(Arrays.copyOfRange(input, from, i));
        from = i + 1;
      }
    }
    if (from < input.length) {
      out.add(Arrays.copyOfRange(input, from, input.length));
    }
    return out;
  }

  /** The text a plain-text line must give, or null when it must give an error record. */
  private static String expectedText(byte[] line, boolean first) {
    int from = 0;
    int to = line.length;
    if (first && to >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
      from = 3;
    }
    if (to > from && line[to - 1] == '\r') {
      to--;
    }
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    return s.length() > MAX_TEXT_LENGTH ? null : s;
  }
}
