package io.github.pgtagger.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pgtagger.internal.StrictJson;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.DataFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile lexicon and codebook files: wrong types, sizes over the limits, control characters. */
class LexiconLimitsTest {
  private static final String HEAD = "{\"schemaVersion\":1,\"language\":\"nl\",\"scheme\":\"dimensions\",\"entries\":[";

  @TempDir
  Path dir;

  static Lexicon read(String json) {
    return LexiconLoader.defaults().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "lex.json");
  }

  static String quoted(String s) {
    return "\"" + s + "\"";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "version as string|{\"schemaVersion\":\"1\",\"language\":\"nl\",\"scheme\":\"dimensions\",\"entries\":[]}"
        + "|lex.json: schemaVersion: expected the number 1 but found string \"1\"",
    "version as fraction|{\"schemaVersion\":1.0,\"language\":\"nl\",\"scheme\":\"dimensions\",\"entries\":[]}"
        + "|lex.json: schemaVersion: expected the number 1 but found number 1.0",
    "language as array|{\"schemaVersion\":1,\"language\":[\"nl\"],\"scheme\":\"dimensions\",\"entries\":[]}"
        + "|lex.json: field \"language\" must be a string but is array",
    "scheme as number|{\"schemaVersion\":1,\"language\":\"nl\",\"scheme\":3,\"entries\":[]}"
        + "|lex.json: field \"scheme\" must be a string but is number 3",
    "entries as object|{\"schemaVersion\":1,\"language\":\"nl\",\"scheme\":\"dimensions\",\"entries\":{}}"
        + "|lex.json: entries: expected an array of entries but found object",
    "root as string|\"lexicon\"|lex.json: expected a JSON object but found string \"lexicon\"",
    "root as null|null|lex.json: expected a JSON object but found null",
    "empty file|'   '|lex.json: file is empty; expected a JSON object",
  })
  void wrongTopLevelTypes(String name, String json, String message) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(DataFileException.class).hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "entry as string|\"pijn\"|expected a JSON object but found string \"pijn\"",
    "label as number|{\"label\":3,\"terms\":[\"x\"]}|field \"label\" must be a string but is number 3",
    "terms as string|{\"label\":\"PARTICIPATION\",\"terms\":\"x\"}|field \"terms\" must be an array of strings but is string \"x\"",
    "phrase as object|{\"label\":\"PARTICIPATION\",\"phrases\":[{}]}|phrases[0] must be a string but is object",
    "id as number|{\"id\":7,\"label\":\"PARTICIPATION\",\"terms\":[\"x\"]}|field \"id\" must be a string but is number 7",
    "slop as fraction|{\"label\":\"PARTICIPATION\",\"phrases\":[\"a b\"],\"slop\":1.5}|slop must be an integer in [0, 5] but is number 1.5",
    "weight as boolean|{\"label\":\"PARTICIPATION\",\"terms\":[\"x\"],\"weight\":true}|weight must be a number in (0, 5.0] but is boolean true",
    "weight NaN-like|{\"label\":\"PARTICIPATION\",\"terms\":[\"x\"],\"weight\":1e999}|weight must be a number in (0, 5.0]",
    "examples as array|{\"label\":\"PARTICIPATION\",\"terms\":[\"x\"],\"examples\":[]}|entries[0].examples: expected a JSON object but found array",
    "example as number|{\"label\":\"PARTICIPATION\",\"terms\":[\"x\"],\"examples\":{\"match\":[1]}}|match[0] must be a string but is number 1",
  })
  void wrongEntryTypesNameTheEntry(String name, String entry, String message) {
    assertThatThrownBy(() -> read(HEAD + entry + "]}"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("lex.json: entries[0]")
        .hasMessageContaining(message);
  }

  @Test
  void entryWithTooManyTermsIsRefused() {
    String terms = IntStream.range(0, 2_000).mapToObj(i -> quoted("woord" + i)).collect(Collectors.joining(","));
    assertThatThrownBy(() -> read(HEAD + "{\"id\":\"many\",\"label\":\"PARTICIPATION\",\"terms\":[" + terms + "]}]}"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("lex.json: entries[0] (id \"many\"): has 2000 terms and phrases, more than the limit of 1000;"
            + " split the entry");
    String atLimit = IntStream.range(0, LexiconLoader.MAX_EXPRESSIONS_PER_ENTRY)
        .mapToObj(i -> quoted("woord" + i)).collect(Collectors.joining(","));
    assertThat(read(HEAD + "{\"label\":\"PARTICIPATION\",\"terms\":[" + atLimit + "]}]}").entries().get(0).terms())
        .hasSize(1_000);
  }

  @Test
  void phraseOverTwelveWordsIsRefused() {
    String twelve = IntStream.range(0, 12).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    assertThat(read(HEAD + "{\"label\":\"PARTICIPATION\",\"phrases\":[" + quoted(twelve) + "]}]}").entries())
        .hasSize(1);
    String thirteen = twelve + " w12";
    assertThatThrownBy(() -> read(HEAD + "{\"id\":\"p\",\"label\":\"PARTICIPATION\",\"phrases\":[" + quoted(thirteen)
        + "]}]}"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("lex.json: entries[0] (id \"p\"): phrase \"" + thirteen + "\" has 13 words, more than the limit"
            + " of 12");
  }

  @Test
  void expressionOverTheLengthLimitIsRefused() {
    String longTerm = "a".repeat(LexiconLoader.MAX_EXPRESSION_LENGTH + 1);
    assertThatThrownBy(() -> read(HEAD + "{\"label\":\"PARTICIPATION\",\"terms\":[" + quoted(longTerm) + "]}]}"))
        .hasMessage("lex.json: entries[0]: terms value of 201 chars is longer than the limit of 200");
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0000", "0007", "0009", "000A", "000D", "001B", "007F", "0085", "009F"})
  void controlCharactersInTermsAndPhrasesAreRefused(String hex) {
    String escaped = "\\u" + hex;
    assertThatThrownBy(() -> read(HEAD + "{\"label\":\"PARTICIPATION\",\"terms\":[\"een" + escaped + "zaam\"]}]}"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("lex.json: entries[0]: terms value \"een")
        .hasMessageEndingWith("contains a control character at index 3");
    assertThatThrownBy(() -> read(HEAD + "{\"label\":\"PARTICIPATION\",\"phrases\":[\"alleen " + escaped
        + "thuis\"]}]}"))
        .isInstanceOf(DataFileException.class)
        .hasMessageEndingWith("contains a control character at index 7");
  }

  @Test
  void trailingDataAfterTheObjectIsRefused() {
    assertThatThrownBy(() -> read(HEAD + "{\"label\":\"PARTICIPATION\",\"terms\":[\"x\"]}]} {}"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("lex.json: ")
        .hasMessageContaining("not valid JSON: Trailing token");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "punctuation only|!!!|\"!!!\" contains no word after analysis",
    "stopword only|de|\"de\" is a stopword of nl",
  })
  void termsThatCanNeverMatchAreRefusedWhenTheTaggerIsBuilt(String name, String term, String message) {
    Lexicon lexicon = read(HEAD + "{\"id\":\"t\",\"label\":\"PARTICIPATION\",\"terms\":[\"" + term + "\"]}]}");
    assertThatThrownBy(() -> io.github.pgtagger.tagging.Tagger.builder().bundledLexicons(false)
        .addLexicon(lexicon).build())
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("lex.json: entries[0] (id \"t\"): ")
        .hasMessageContaining(message);
  }

  @Test
  void tooManyEntriesAreRefused() {
    String entry = "{\"label\":\"PARTICIPATION\",\"terms\":[\"x\"]}";
    String json = HEAD + String.join(",", java.util.Collections.nCopies(LexiconLoader.MAX_ENTRIES + 1, entry)) + "]}";
    assertThatThrownBy(() -> read(json))
        .hasMessage("lex.json: entries: has 100001 entries, more than the limit of 100000; split the file");
  }

  @Test
  void filesOverThirtyTwoMebibytesAreRefusedNamingTheLimit() throws IOException {
    Path big = dir.resolve("big.json");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write(HEAD.getBytes(StandardCharsets.UTF_8));
      byte[] pad = new byte[1 << 20];
      java.util.Arrays.fill(pad, (byte) ' ');
      for (int i = 0; i < 32; i++) {
        out.write(pad);
      }
      out.write("]}".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.size(big)).isGreaterThan(StrictJson.MAX_DATA_FILE_BYTES);
    assertThatThrownBy(() -> LexiconLoader.defaults().load(big))
        .isInstanceOf(DataFileException.class)
        .hasMessage(big + ": file is larger than the limit of 33554432 bytes; split it into several files");
    assertThatThrownBy(() -> Codebook.load(big))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("larger than the limit of 33554432 bytes");
  }

  @Test
  void missingAndUnreadableFilesNameThePath() {
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> LexiconLoader.defaults().load(missing))
        .isInstanceOf(DataFileException.class).hasMessageStartingWith(missing + ": cannot read: ");
    assertThatThrownBy(() -> LexiconLoader.defaults().load(dir))
        .isInstanceOf(DataFileException.class).hasMessageStartingWith(dir + ": cannot read: ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "code as number|{\"code\":1,\"name\":{\"nl\":\"a\",\"en\":\"b\"}}|interpretations[0]: field \"code\" must be a string",
    "name as string|{\"code\":\"A\",\"name\":\"a\"}|interpretations[0].name: expected a JSON object but found string",
    "lower-case code|{\"code\":\"a\",\"name\":{\"nl\":\"a\",\"en\":\"b\"}}|code \"a\" must be upper case letters",
    "unknown field|{\"code\":\"A\",\"name\":{\"nl\":\"a\",\"en\":\"b\"},\"regex\":\".*\"}|unknown field \"regex\"",
    "control char in name|{\"code\":\"A\",\"name\":{\"nl\":\"a\\u0000\",\"en\":\"b\"}}|",
  })
  void codebookWrongTypesNameTheItem(String name, String item, String message) {
    String json = "{\"schemaVersion\":1,\"id\":\"cb\",\"interpretations\":[" + item + "]}";
    if (message == null) {
      // control characters in names are kept as data; they are escaped by every writer
      assertThat(Codebook.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "cb.json").codes())
          .containsExactly("A");
      return;
    }
    assertThatThrownBy(() -> Codebook.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "cb.json"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("cb.json: ")
        .hasMessageContaining(message);
  }
}
