package io.github.pgtagger.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pgtagger.lexicon.BundledLexicons;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.LexiconLoader;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.AspectSet;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.Language;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The generic test: every bundled lexicon loads, and every example of every entry holds. */
class BundledLexiconsTest {
  static Stream<Lexicon> bundled() {
    LexiconLoader loader = LexiconLoader.defaults();
    return Stream.of(Language.values()).flatMap(l -> Stream.of(Scheme.values())
        .map(s -> BundledLexicons.load(l, s, loader)));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleOfEveryBundledEntryHolds() {
    return bundled().map(lex -> DynamicTest.dynamicTest(lex.source(), () -> {
      List<LexiconExamples.Failure> failures = LexiconExamples.check(TaggerTest.TAGGER, lex);
      assertThat(failures).as(() -> failures.stream().map(Object::toString)
          .collect(Collectors.joining("\n", "failing examples:\n", ""))).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyEntryHasExamplesAndUsesKnownLabels() {
    return bundled().map(lex -> DynamicTest.dynamicTest(lex.source(), () -> {
      assertThat(lex.provenance()).as("provenance").isNotBlank();
      for (LexiconEntry e : lex.entries()) {
        assertThat(e.matchExamples()).as(e.id() + " match examples").isNotEmpty();
        assertThat(e.noMatchExamples()).as(e.id() + " noMatch examples").isNotEmpty();
        if (lex.scheme() == Scheme.DIMENSIONS) {
          Dimension d = Dimension.fromCode(e.label());
          assertThat(e.aspect()).as(e.id() + " aspect").isNotNull();
          assertThat(AspectSet.mph2016().find(e.aspect())).get()
              .extracting(a -> a.dimension()).isEqualTo(d);
        } else {
          assertThat(Codebook.yaron2021().find(e.label())).as(e.id()).isPresent();
        }
      }
    }));
  }
}
