package io.github.pgtagger.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pgtagger.analysis.ReflectionAnalyzer;
import io.github.pgtagger.internal.AnalyzerFingerprint;
import io.github.pgtagger.internal.Precompiled;
import io.github.pgtagger.internal.PrecompiledLexicon;
import io.github.pgtagger.internal.TokenForms;
import io.github.pgtagger.lexicon.BundledLexicons;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.LexiconLoader;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.AspectSet;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The build-time binaries of the bundled data give exactly what the JSON gives, and are not used when stale or made
 * for another analyzer configuration.
 */
class PrecompiledDataTest {

  @Test
  void precompiledAndJsonPathsGiveByteIdenticalOutputOnTheGoldenInputs() throws IOException {
    for (Language l : Language.values()) {
      for (Scheme s : Scheme.values()) {
        assertThat(PrecompiledLexicon.bundled(l, s)).as("binary of %s %s", l, s).isNotNull();
      }
    }
    List<GoldenOutputTest.Sentence> sentences = GoldenOutputTest.sentences();
    List<String> json = GoldenOutputTest.outputLines(Tagger.builder().precompiled(false).build(), sentences);
    List<String> binary = GoldenOutputTest.outputLines(Tagger.builder().build(), sentences);
    assertThat(binary).containsExactlyElementsOf(json);
  }

  @Test
  void precompiledLexiconsEqualTheJsonAndTheirFormsFitTheDefaultAnalyzer() {
    for (Language l : Language.values()) {
      Set<String> vocabulary = new LinkedHashSet<>();
      for (Scheme s : Scheme.values()) {
        PrecompiledLexicon p = PrecompiledLexicon.bundled(l, s);
        assertThat(p.lexicon()).isEqualTo(BundledLexicons.load(l, s, LexiconLoader.defaults()));
        p.lexicon().entries().forEach(e -> vocabulary.addAll(e.terms()));
      }
      for (Scheme s : Scheme.values()) {
        assertThat(PrecompiledLexicon.bundled(l, s).analyzerFingerprint())
            .isEqualTo(AnalyzerFingerprint.of(l, vocabulary));
      }
    }
  }

  @Test
  void entriesAreDecodedOnDemandAndTheFormsFileHoldsTheFormsOfTheDefaultAnalyzer() {
    for (Language l : Language.values()) {
      Set<String> vocabulary = new LinkedHashSet<>();
      for (Scheme s : Scheme.values()) {
        PrecompiledLexicon p = PrecompiledLexicon.bundled(l, s);
        Set<String> terms = new LinkedHashSet<>();
        p.lexicon().entries().forEach(e -> terms.addAll(e.terms()));
        assertThat(p.distinctTerms()).containsExactlyElementsOf(terms);
        vocabulary.addAll(terms);
        // an entry decoded once is the same object for every later reader
        List<LexiconEntry> entries = p.lexicon().entries();
        assertThat(entries.get(entries.size() - 1)).isSameAs(entries.get(entries.size() - 1));
      }
      ReflectionAnalyzer analyzer = ReflectionAnalyzer.create(l, vocabulary);
      for (Scheme s : Scheme.values()) {
        PrecompiledLexicon p = PrecompiledLexicon.bundled(l, s);
        TokenForms[][] forms = p.forms();
        assertThat(forms).as("forms of %s %s", l, s).isNotNull();
        assertThat(forms.length).isEqualTo(p.lexicon().entries().size());
        for (int i = 0; i < forms.length; i++) {
          LexiconEntry e = p.lexicon().entries().get(i);
          List<String> expressions = new ArrayList<>(e.terms());
          expressions.addAll(e.phrases());
          assertThat(forms[i].length).isEqualTo(expressions.size());
          for (int x = 0; x < forms[i].length; x++) {
            TokenForms fresh = TokenForms.analyse(analyzer, expressions.get(x));
            assertThat(forms[i][x].tokens()).as(expressions.get(x)).containsExactly(fresh.tokens());
            assertThat(forms[i][x].flags()).as(expressions.get(x)).containsExactly(fresh.flags());
          }
        }
      }
    }
  }

  @Test
  void aFormsBinaryOfAnotherJsonIsNotUsed() {
    String name = BundledLexicons.resourceName(Language.NL, Scheme.DIMENSIONS);
    byte[] forms = Precompiled.resource(BundledLexicons.class, Precompiled.formsName(name));
    byte[] json = Precompiled.resource(BundledLexicons.class, name);
    assertThat(Precompiled.open(forms, json)).isNotNull();
    assertThat(Precompiled.open(forms, Precompiled.resource(BundledLexicons.class,
        BundledLexicons.resourceName(Language.NL, Scheme.INTERPRETATIONS)))).isNull();
  }

  @Test
  void precompiledAspectsAndCodebookEqualTheJson() throws IOException {
    try (InputStream in = AspectSet.class.getResourceAsStream("aspects-mph-2016.json")) {
      AspectSet json = AspectSet.read(in, "aspects");
      assertThat(AspectSet.mph2016().all()).isEqualTo(json.all());
      assertThat(AspectSet.mph2016().id()).isEqualTo(json.id());
      assertThat(AspectSet.mph2016().title()).isEqualTo(json.title());
    }
    try (InputStream in = Codebook.class.getResourceAsStream("codebook-yaron-2021.json")) {
      Codebook json = Codebook.read(in, "codebook");
      assertThat(Codebook.yaron2021().interpretations()).isEqualTo(json.interpretations());
      assertThat(List.of(Codebook.yaron2021().id(), Codebook.yaron2021().title(), Codebook.yaron2021().source()))
          .isEqualTo(List.of(json.id(), json.title(), json.source()));
    }
  }

  @Test
  void aStaleBinaryIsDetected() {
    String name = BundledLexicons.resourceName(Language.NL, Scheme.DIMENSIONS);
    byte[] bin = Precompiled.resource(BundledLexicons.class, Precompiled.binaryName(name));
    byte[] json = Precompiled.resource(BundledLexicons.class, name);
    assertThat(Precompiled.open(bin, json)).isNotNull();
    // the JSON edited after the binary was made: one byte changed, same length
    byte[] edited = json.clone();
    int i = new String(json, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("\"terms\"") + 12;
    edited[i] ^= 1;
    assertThat(Precompiled.open(bin, edited)).isNull();
    // a binary of another file, and a truncated or foreign one
    assertThat(Precompiled.open(bin, Precompiled.resource(BundledLexicons.class,
        BundledLexicons.resourceName(Language.EN, Scheme.DIMENSIONS)))).isNull();
    assertThat(Precompiled.open(new byte[3], json)).isNull();
    assertThat(Precompiled.open(json, json)).isNull();
  }

  @Test
  void formsMadeForAnotherVocabularyAreNotUsed() throws IOException {
    Set<String> vocabulary = new LinkedHashSet<>();
    for (Scheme s : Scheme.values()) {
      BundledLexicons.load(Language.NL, s, LexiconLoader.defaults()).entries()
          .forEach(e -> vocabulary.addAll(e.terms()));
    }
    long fingerprint = AnalyzerFingerprint.of(Language.NL, vocabulary);
    Set<String> more = new LinkedHashSet<>(vocabulary);
    more.add("slaapkamerdeur");
    assertThat(AnalyzerFingerprint.of(Language.NL, more)).isNotEqualTo(fingerprint);
    assertThat(AnalyzerFingerprint.of(Language.EN, vocabulary)).isNotEqualTo(fingerprint);

    // an added lexicon whose terms change the compound dictionary: both paths still agree
    Lexicon extra = new Lexicon("extra.json", Language.NL, Scheme.DIMENSIONS, "test", List.of(
        new LexiconEntry("x-1", "BODILY_FUNCTIONS", null, List.of("slaapkamerdeur", "rugpijnklacht"),
            List.of("last van mijn slaapkamerdeur"), 1.0, 1, List.of(), List.of())));
    List<GoldenOutputTest.Sentence> sentences = GoldenOutputTest.sentences();
    List<String> json = GoldenOutputTest.outputLines(
        Tagger.builder().precompiled(false).addLexicon(extra).build(), sentences);
    List<String> binary = GoldenOutputTest.outputLines(Tagger.builder().addLexicon(extra).build(), sentences);
    assertThat(binary).containsExactlyElementsOf(json);
  }

  @Test
  void anAddedLexiconOfKnownTermsUsesThePrecompiledFormsAndGivesTheSameOutput() throws IOException {
    // same terms, so the same analyzer fingerprint: the bundled forms are used, the stored compiled schemes are not
    LexiconEntry first = PrecompiledLexicon.bundled(Language.NL, Scheme.DIMENSIONS).lexicon().entries().get(0);
    Lexicon extra = new Lexicon("extra.json", Language.NL, Scheme.DIMENSIONS, "test", List.of(
        new LexiconEntry("x-1", "BODILY_FUNCTIONS", null, List.of(first.terms().get(0)),
            List.of("last van mijn " + first.terms().get(0)), 1.0, 1, List.of(), List.of())));
    Set<String> vocabulary = new LinkedHashSet<>();
    for (Scheme s : Scheme.values()) {
      PrecompiledLexicon.bundled(Language.NL, s).lexicon().entries().forEach(e -> vocabulary.addAll(e.terms()));
    }
    Set<String> with = new LinkedHashSet<>(vocabulary);
    with.addAll(extra.entries().get(0).terms());
    assertThat(AnalyzerFingerprint.of(Language.NL, with)).isEqualTo(AnalyzerFingerprint.of(Language.NL, vocabulary));
    List<GoldenOutputTest.Sentence> sentences = GoldenOutputTest.sentences();
    List<String> json = GoldenOutputTest.outputLines(
        Tagger.builder().precompiled(false).addLexicon(extra).build(), sentences);
    List<String> binary = GoldenOutputTest.outputLines(Tagger.builder().addLexicon(extra).build(), sentences);
    assertThat(binary).containsExactlyElementsOf(json);
  }
}
