package io.github.pgtagger.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.TaggingResult;
import java.util.ArrayList;
import java.util.List;

/** Properties every tagging result must have, whatever the input. */
final class Invariants {
  private Invariants() {}

  /**
   * Checks a result: the language is the forced one when given; scores lie in (0, 1]; every tag has evidence and
   * every evidence span lies inside the text and slices it exactly.
   */
  static void assertValidResult(String text, TaggingResult r, Language forced) {
    assertThat(r.language()).isNotNull();
    if (forced != null) {
      assertThat(r.language()).isEqualTo(forced);
      assertThat(r.languageDetected()).isFalse();
    }
    List<Evidence> all = new ArrayList<>();
    for (DimensionTag t : r.dimensions()) {
      assertThat(t.score()).isGreaterThan(0).isLessThanOrEqualTo(1);
      assertThat(t.evidence()).isNotEmpty();
      all.addAll(t.evidence());
    }
    for (InterpretationTag t : r.interpretations()) {
      assertThat(t.score()).isGreaterThan(0).isLessThanOrEqualTo(1);
      assertThat(t.evidence()).isNotEmpty();
      all.addAll(t.evidence());
    }
    for (Evidence e : all) {
      assertThat(e.start()).isGreaterThanOrEqualTo(0).isLessThan(e.end());
      assertThat(e.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }
}
