package io.github.pgtagger.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pgtagger.export.JsonlResultWriter;
import io.github.pgtagger.lexicon.LexiconLoader;
import io.github.pgtagger.model.Language;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Golden-output test: the full JSONL output of the tagger for a few hundred sentences must stay byte for byte the
 * same when the matching and scoring code is changed for speed.
 *
 * <p>Two taggers are checked: the default tagger (bundled lexicons; its golden file changes whenever the bundled
 * lexicons change) and a tagger built only from the test lexicons in the golden folder (stable; covers phrases,
 * pronoun wildcards, slop, shared terms, weights, compounds and negation).
 *
 * <p>To regenerate the golden files after an intended change of results (for example new bundled lexicons), run
 * {@code mvn -B -o test -pl core -Dtest=GoldenOutputTest -Dpgtagger.golden.update=true} from the repository root,
 * then review the diff of {@code core/src/test/resources/io/github/pgtagger/tagging/golden/*.jsonl}.
 */
class GoldenOutputTest {
  static final String DIR = "/io/github/pgtagger/tagging/golden/";
  static final Path SOURCE_DIR = Path.of("src/test/resources/io/github/pgtagger/tagging/golden");
  static final boolean UPDATE = Boolean.getBoolean("pgtagger.golden.update");

  record Sentence(String id, Language language, String text) {}

  static List<Sentence> sentences() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Sentence> out = new ArrayList<>();
    for (String line : resourceLines("sentences.jsonl")) {
      JsonNode n = mapper.readTree(line);
      Language lang = n.hasNonNull("lang") ? Language.fromCode(n.get("lang").asText()) : null;
      out.add(new Sentence(n.get("id").asText(), lang, n.get("text").asText()));
    }
    return out;
  }

  static List<String> resourceLines(String name) throws IOException {
    try (InputStream in = GoldenOutputTest.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        return null;
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    }
  }

  static Tagger testLexiconTagger() throws IOException {
    Tagger.Builder b = Tagger.builder().bundledLexicons(false);
    LexiconLoader loader = LexiconLoader.defaults();
    for (String name : List.of("test-lexicon-nl-dimensions.json", "test-lexicon-en-dimensions.json",
        "test-lexicon-nl-interpretations.json", "test-lexicon-en-interpretations.json")) {
      try (InputStream in = GoldenOutputTest.class.getResourceAsStream(DIR + name)) {
        b.addLexicon(loader.read(in, name));
      }
    }
    return b.build();
  }

  /** The output line of one sentence, as {@code pgtagger tag} writes it. */
  static String outputLine(Tagger tagger, Sentence s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonlResultWriter w = new JsonlResultWriter(bytes)) {
      try {
        w.write(s.id(), tagger.tag(s.text(), s.language()));
      } catch (RuntimeException e) {
        w.writeError(s.id(), 0, e.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8).strip();
  }

  static List<String> outputLines(Tagger tagger, List<Sentence> sentences) {
    return sentences.stream().map(s -> outputLine(tagger, s)).toList();
  }

  static void check(String goldenName, List<String> actual) throws IOException {
    if (UPDATE) {
      Files.createDirectories(SOURCE_DIR);
      Files.write(SOURCE_DIR.resolve(goldenName), actual, StandardCharsets.UTF_8);
      return;
    }
    List<String> expected = resourceLines(goldenName);
    if (expected == null) {
      fail("golden file " + DIR + goldenName + " is missing; create it with -Dpgtagger.golden.update=true");
    }
    assertThat(actual).as("number of output lines").hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        fail("line " + (i + 1) + " of " + goldenName + " differs (regenerate with -Dpgtagger.golden.update=true"
            + " only for an intended change of results)\nexpected: " + expected.get(i) + "\nactual:   "
            + actual.get(i));
      }
    }
  }

  @Test
  void defaultTaggerOutputIsUnchanged() throws IOException {
    check("default-tagger.jsonl", outputLines(Tagger.defaults(), sentences()));
  }

  @Test
  void testLexiconTaggerOutputIsUnchanged() throws IOException {
    check("test-lexicon-tagger.jsonl", outputLines(testLexiconTagger(), sentences()));
  }

  @Test
  void testLexiconTaggerMatchesSomethingInMostSentences() throws IOException {
    List<String> lines = outputLines(testLexiconTagger(), sentences());
    long tagged = lines.stream().filter(l -> l.contains("\"code\"")).count();
    assertThat(tagged).as("sentences with at least one tag").isGreaterThan(lines.size() / 2);
  }

  @Test
  void fourThreadsSharingOneTaggerGiveTheSameOutputAsOne() throws Exception {
    Tagger tagger = testLexiconTagger();
    List<Sentence> sentences = sentences();
    List<String> sequential = outputLines(tagger, sentences);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int shift = t * 37;
        futures.add(pool.submit(() -> {
          List<String> out = new ArrayList<>(sentences.size());
          for (int i = 0; i < sentences.size(); i++) {
            out.add(null);
          }
          for (int r = 0; r < 3; r++) {
            for (int k = 0; k < sentences.size(); k++) {
              int i = (k + shift) % sentences.size();
              out.set(i, outputLine(tagger, sentences.get(i)));
            }
          }
          return out;
        }));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).containsExactlyElementsOf(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
