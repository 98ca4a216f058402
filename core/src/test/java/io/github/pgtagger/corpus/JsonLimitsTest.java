package io.github.pgtagger.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pgtagger.internal.StrictJson;
import io.github.pgtagger.lexicon.LexiconLoader;
import io.github.pgtagger.model.AspectSet;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.DataFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jackson's stream read constraints on the JSONL reader (one error row per offending line) and on data files
 * (a {@link DataFileException} naming the file, the place and the limit).
 */
class JsonLimitsTest {
  static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  static List<CorpusRecord> jsonl(String... lines) throws IOException {
    return HostileInputReaderTest.read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8),
        CorpusReaders.Format.JSONL, ReaderOptions.DEFAULTS);
  }

  @Test
  void jsonlNestingNumberAndStringLimitsGiveErrorRows() throws IOException {
    List<CorpusRecord> recs = jsonl(
        "{\"text\":\"ok\",\"m\":" + nested(JsonlCorpusReader.MAX_NESTING_DEPTH - 1) + "}",
        "{\"text\":\"deep\",\"m\":" + nested(JsonlCorpusReader.MAX_NESTING_DEPTH) + "}",
        "{\"text\":\"deeper\",\"m\":" + nested(200_000) + "}",
        "{\"text\":\"num\",\"m\":" + "9".repeat(JsonlCorpusReader.MAX_NUMBER_LENGTH) + "}",
        "{\"text\":\"num\",\"m\":" + "9".repeat(JsonlCorpusReader.MAX_NUMBER_LENGTH + 1) + "}",
        "{\"text\":\"frac\",\"m\":0." + "1".repeat(5_000) + "}",
        "{\"text\":\"exp\",\"m\":1e999999999}",
        "{\"text\":\"" + "s".repeat(ReaderOptions.DEFAULTS.maxTextLength() + 1) + "\"}",
        "{\"text\":\"after\"}");
    assertThat(recs).hasSize(9);
    assertThat(HostileInputReaderTest.text(recs.get(0))).isEqualTo("ok");
    assertThat(HostileInputReaderTest.error(recs.get(1))).isEqualTo(
        "JSON limit exceeded: Document nesting depth (33) exceeds the maximum allowed (32)");
    assertThat(HostileInputReaderTest.error(recs.get(2))).contains("nesting depth (33)").contains("(32)");
    assertThat(HostileInputReaderTest.text(recs.get(3))).isEqualTo("num");
    assertThat(HostileInputReaderTest.error(recs.get(4))).isEqualTo(
        "JSON limit exceeded: Number value length (1001) exceeds the maximum allowed (1000)");
    assertThat(HostileInputReaderTest.error(recs.get(5))).contains("Number value length").contains("(1000)");
    assertThat(HostileInputReaderTest.text(recs.get(6))).isEqualTo("exp");
    assertThat(HostileInputReaderTest.error(recs.get(7))).isEqualTo("text of 1048577 chars is longer than the limit "
        + "of 1048576 chars; raise it with --max-text-length (API: ReaderOptions.withMaxTextLength)");
    assertThat(HostileInputReaderTest.text(recs.get(8))).isEqualTo("after");
  }

  @Test
  void duplicateKeysAreAnErrorRow() throws IOException {
    List<CorpusRecord> recs = jsonl("{\"text\":\"a\",\"text\":\"b\"}", "{\"text\":\"c\"}");
    assertThat(HostileInputReaderTest.error(recs.get(0))).startsWith("malformed JSON: Duplicate field 'text'");
    assertThat(HostileInputReaderTest.text(recs.get(1))).isEqualTo("c");
  }

  static DataFileException dataFileError(String json) {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    DataFileException lexicon = catchDataFileException(
        () -> LexiconLoader.defaults().read(new ByteArrayInputStream(b), "x.json"));
    assertThat(catchDataFileException(() -> Codebook.read(new ByteArrayInputStream(b), "x.json")))
        .hasMessage(lexicon.getMessage());
    assertThat(catchDataFileException(() -> AspectSet.read(new ByteArrayInputStream(b), "x.json")))
        .hasMessage(lexicon.getMessage());
    return lexicon;
  }

  static DataFileException catchDataFileException(Runnable r) {
    try {
      r.run();
    } catch (DataFileException e) {
      return e;
    }
    throw new AssertionError("no DataFileException");
  }

  @Test
  void dataFileLimitsNameFilePlaceAndLimit() {
    assertThat(dataFileError("{\"a\":" + nested(StrictJson.MAX_NESTING_DEPTH) + "}"))
        .hasMessageStartingWith("x.json: ")
        .hasMessageEndingWith(": JSON limit exceeded: Document nesting depth (65) exceeds the maximum allowed (64)");
    assertThat(dataFileError("{\"a\":" + nested(1_000_000) + "}"))
        .hasMessageContaining("JSON limit exceeded: Document nesting depth (65)");
    assertThat(dataFileError("{\"schemaVersion\":1" + "0".repeat(StrictJson.MAX_NUMBER_LENGTH) + "}"))
        .hasMessageStartingWith("x.json: ")
        .hasMessageEndingWith("JSON limit exceeded: Number value length (65) exceeds the maximum allowed (64)");
    assertThat(dataFileError("{\"provenance\":\"" + "p".repeat(StrictJson.MAX_STRING_LENGTH + 1) + "\"}"))
        .hasMessageStartingWith("x.json: ")
        .hasMessageContaining("JSON limit exceeded: String value length (")
        .hasMessageEndingWith("exceeds the maximum allowed (1000000)");
  }

  @Test
  void dataFileOverTheSizeLimitIsRefusedBeforeParsing() {
    byte[] big = new byte[StrictJson.MAX_DATA_FILE_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    assertThatThrownBy(() -> LexiconLoader.defaults().read(new ByteArrayInputStream(big), "big.json"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("big.json: file is larger than the limit of 33554432 bytes; split it into several files");
  }
}
