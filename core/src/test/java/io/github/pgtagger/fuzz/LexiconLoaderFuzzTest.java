package io.github.pgtagger.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.LexiconLoader;
import io.github.pgtagger.model.AspectSet;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.DataFileException;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.Tagger;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the data-file readers: any bytes give a {@link Lexicon} (or codebook, or aspect set) or a {@link
 * DataFileException} naming the file; never another exception. A lexicon that loads is also compiled into a
 * tagger (which may refuse it with a {@link DataFileException} only) and its terms, phrases and examples are tagged.
 *
 * <p>Regression mode runs the seeds in
 * {@code src/test/resources/io/github/pgtagger/fuzz/LexiconLoaderFuzzTestInputs/lexiconLoader/}.
 */
class LexiconLoaderFuzzTest {
  private static final String SOURCE = "fuzzed.json";
  private static final LexiconLoader LOADER = LexiconLoader.defaults();

  @FuzzTest(maxDuration = FuzzInputs.FUZZ_DURATION)
  void lexiconLoader(byte[] input) {
    Lexicon lexicon = null;
    try {
      lexicon = LOADER.read(new ByteArrayInputStream(input), SOURCE);
      // an empty "entries" array is a valid lexicon (first fuzz finding, seed empty-entries-finding.json)
      assertThat(lexicon.entries()).allSatisfy(e -> assertThat(e.id()).isNotBlank());
    } catch (DataFileException e) {
      assertThat(e.getMessage()).startsWith(SOURCE + ": ");
    }
    try {
      assertThat(Codebook.read(new ByteArrayInputStream(input), SOURCE).codes()).isNotEmpty();
    } catch (DataFileException e) {
      assertThat(e.getMessage()).startsWith(SOURCE + ": ");
    }
    try {
      assertThat(AspectSet.read(new ByteArrayInputStream(input), SOURCE).all()).isNotEmpty();
    } catch (DataFileException e) {
      assertThat(e.getMessage()).startsWith(SOURCE + ": ");
    }
    if (lexicon != null) {
      compileAndTag(lexicon);
    }
  }

  private static void compileAndTag(Lexicon lexicon) {
    Tagger tagger;
    try {
      tagger = Tagger.builder().languages(lexicon.language()).bundledLexicons(false).addLexicon(lexicon).build();
    } catch (DataFileException e) {
      assertThat(e.getMessage()).startsWith(SOURCE + ": ");
      return;
    }
    List<String> texts = new ArrayList<>();
    for (LexiconEntry e : lexicon.entries()) {
      texts.addAll(e.terms());
      texts.addAll(e.phrases());
      texts.addAll(e.matchExamples());
      texts.addAll(e.noMatchExamples());
    }
    for (String text : texts) {
      TaggingResult r = tagger.tag(text, lexicon.language());
      Invariants.assertValidResult(text, r, lexicon.language());
    }
  }
}
