package io.github.pgtagger.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pgtagger.model.DataFileException;
import io.github.pgtagger.model.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LexiconLoaderTest {
  private static final String HEAD = "{\"schemaVersion\":1,\"language\":\"nl\",\"scheme\":\"dimensions\",\"entries\":[";

  static Lexicon read(String json) {
    return LexiconLoader.defaults().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void readsAValidFile() {
    Lexicon l = read(HEAD + "{\"id\":\"a\",\"label\":\"BODILY_FUNCTIONS\",\"aspect\":\"SLEEP\",\"terms\":[\"slaap\"],"
        + "\"phrases\":[\"slecht slapen\"],\"weight\":0.5,\"slop\":2,\"examples\":{\"match\":[\"x\"],\"noMatch\":[\"y\"]}}]}");
    assertThat(l.language()).isEqualTo(Language.NL);
    assertThat(l.scheme()).isEqualTo(Scheme.DIMENSIONS);
    LexiconEntry e = l.entries().get(0);
    assertThat(e.terms()).containsExactly("slaap");
    assertThat(e.phrases()).containsExactly("slecht slapen");
    assertThat(e.weight()).isEqualTo(0.5);
    assertThat(e.slop()).isEqualTo(2);
    assertThat(e.matchExamples()).containsExactly("x");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "unknown label|{\"label\":\"HEALTH\",\"terms\":[\"x\"]}|unknown dimension code 'HEALTH'",
    "unknown aspect|{\"label\":\"BODILY_FUNCTIONS\",\"aspect\":\"PAINS\",\"terms\":[\"x\"]}|unknown aspect \"PAINS\"",
    "aspect of other dimension|{\"label\":\"BODILY_FUNCTIONS\",\"aspect\":\"HOUSING\",\"terms\":[\"x\"]}|unknown aspect \"HOUSING\"",
    "empty term|{\"label\":\"BODILY_FUNCTIONS\",\"terms\":[\" \"]}|terms[0] is empty",
    "bad weight|{\"label\":\"BODILY_FUNCTIONS\",\"terms\":[\"x\"],\"weight\":-1}|weight must be a number in (0, 5.0]",
    "weight as string|{\"label\":\"BODILY_FUNCTIONS\",\"terms\":[\"x\"],\"weight\":\"1\"}|weight must be a number",
    "unknown field|{\"label\":\"BODILY_FUNCTIONS\",\"terms\":[\"x\"],\"colour\":1}|unknown field \"colour\"",
    "duplicate term|{\"label\":\"BODILY_FUNCTIONS\",\"terms\":[\"pijn\",\"Pijn\"]}|duplicate term \"Pijn\"",
    "no terms|{\"label\":\"BODILY_FUNCTIONS\"}|no terms and no phrases",
    "term with space|{\"label\":\"BODILY_FUNCTIONS\",\"terms\":[\"slecht slapen\"]}|contains a space",
    "term not string|{\"label\":\"BODILY_FUNCTIONS\",\"terms\":[3]}|terms[0] must be a string",
    "bad slop|{\"label\":\"BODILY_FUNCTIONS\",\"phrases\":[\"a b\"],\"slop\":9}|slop must be an integer in [0, 5]",
    "bad id|{\"id\":\"a b\",\"label\":\"BODILY_FUNCTIONS\",\"terms\":[\"x\"]}|must be 1-100 letters",
  })
  void refusesBadEntriesNamingFileAndEntry(String name, String entry, String message) {
    assertThatThrownBy(() -> read(HEAD + "{\"label\":\"PARTICIPATION\",\"terms\":[\"vriend\"]}," + entry + "]}"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("test.json")
        .hasMessageContaining("entries[1]")
        .hasMessageContaining(message);
  }

  @Test
  void refusesDuplicateIds() {
    assertThatThrownBy(() -> read(HEAD + "{\"id\":\"a\",\"label\":\"PARTICIPATION\",\"terms\":[\"x\"]},"
        + "{\"id\":\"a\",\"label\":\"PARTICIPATION\",\"terms\":[\"y\"]}]}"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("duplicate entry id \"a\"");
  }

  @Test
  void refusesBadTopLevel() {
    assertThatThrownBy(() -> read("{\"schemaVersion\":2,\"language\":\"nl\",\"scheme\":\"dimensions\",\"entries\":[]}"))
        .hasMessageContaining("schemaVersion");
    assertThatThrownBy(() -> read("{\"schemaVersion\":1,\"language\":\"fr\",\"scheme\":\"dimensions\",\"entries\":[]}"))
        .hasMessageContaining("unknown language 'fr'");
    assertThatThrownBy(() -> read("{\"schemaVersion\":1,\"language\":\"nl\",\"scheme\":\"topics\",\"entries\":[]}"))
        .hasMessageContaining("unknown scheme \"topics\"");
    assertThatThrownBy(() -> read("{\"schemaVersion\":1, \"language\": "))
        .isInstanceOf(DataFileException.class).hasMessageContaining("not valid JSON").hasMessageContaining("line 1");
    assertThatThrownBy(() -> read("[]")).hasMessageContaining("expected a JSON object");
    assertThatThrownBy(() -> read("{\"schemaVersion\":1,\"schemaVersion\":1}")).hasMessageContaining("Duplicate field");
  }

  @Test
  void interpretationEntriesUseTheCodebook() {
    String head = "{\"schemaVersion\":1,\"language\":\"en\",\"scheme\":\"interpretations\",\"entries\":[";
    assertThat(read(head + "{\"label\":\"MOVEMENT\",\"terms\":[\"ambassador\"]}]}").entries()).hasSize(1);
    assertThatThrownBy(() -> read(head + "{\"label\":\"BODILY_FUNCTIONS\",\"terms\":[\"x\"]}]}"))
        .hasMessageContaining("unknown interpretation code \"BODILY_FUNCTIONS\"");
    assertThatThrownBy(() -> read(head + "{\"label\":\"MOVEMENT\",\"aspect\":\"SLEEP\",\"terms\":[\"x\"]}]}"))
        .hasMessageContaining("no \"aspect\"");
  }
}
