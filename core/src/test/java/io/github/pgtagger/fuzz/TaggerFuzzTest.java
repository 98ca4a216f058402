package io.github.pgtagger.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.Tagger;
import io.github.pgtagger.tagging.TextTooLongException;

/**
 * Fuzzes {@link Tagger#tag(String, Language)}: any text gives a result or, above the limit, a {@link
 * TextTooLongException}; never another exception. Every evidence span slices the input exactly.
 *
 * <p>Regression mode (the default, part of {@code mvn verify}) runs the seeds in
 * {@code src/test/resources/io/github/pgtagger/fuzz/TaggerFuzzTestInputs/tag/}. See docs/robustness.md for
 * fuzzing longer.
 */
class TaggerFuzzTest {
  /** Small enough that the fuzzer reaches it (libFuzzer's default maximum input is 4096 bytes). */
  static final int MAX_TEXT_LENGTH = 2_000;
  private static final Tagger TAGGER = Tagger.builder().maxTextLength(MAX_TEXT_LENGTH).build();

  @FuzzTest(maxDuration = FuzzInputs.FUZZ_DURATION)
  void tag(byte[] input) {
    String text = FuzzInputs.text(input);
    for (Language forced : new Language[] {null, Language.NL, Language.EN}) {
      TaggingResult r;
      try {
        r = TAGGER.tag(text, forced);
      } catch (TextTooLongException e) {
        assertThat(text.length()).isGreaterThan(MAX_TEXT_LENGTH);
        assertThat(e.getMessage()).contains(Integer.toString(MAX_TEXT_LENGTH)).contains("--max-text-length");
        return;
      }
      assertThat(text.length()).isLessThanOrEqualTo(MAX_TEXT_LENGTH);
      Invariants.assertValidResult(text, r, forced);
    }
  }
}
