package io.github.pgtagger.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pgtagger.internal.AnalyzerFingerprint;
import io.github.pgtagger.internal.Precompiled;
import io.github.pgtagger.lexicon.BundledLexicons;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build-time compiled schemes of the default tagger equal what {@link CompiledScheme#compile} makes from the
 * JSON, field by field, and are not used when made from other JSON or for another configuration.
 */
class CompiledDefaultsTest {

  @Test
  void storedSchemesEqualTheCompiledOnes() {
    Tagger compiled = Tagger.builder().precompiled(false).build();
    Tagger stored = Tagger.builder().build();
    for (Language l : Language.values()) {
      assertThat(read(stored, l, ScoringSettings.DEFAULTS, 0)).as("valid binary for %s", l).isNotNull();
      assertThat(stored.vocabulary(l).words()).containsExactly(compiled.vocabulary(l).words());
      assertThat(stored.vocabulary(l)).isEqualTo(compiled.vocabulary(l));
      // the stored compound dictionary is the one the analyzer makes from the lexicons' terms
      assertThat(stored.analyzer(l).compoundDictionary()).isEqualTo(compiled.analyzer(l).compoundDictionary());
      assertThat(stored.analyzer(l).compoundDictionarySize()).isGreaterThan(1000);
      for (Scheme s : Scheme.values()) {
        assertSame(stored.scheme(l, s), compiled.scheme(l, s));
        // the matcher finds the candidates of a first word as one run of the sorted candidates
        assertThat(compiled.scheme(l, s).firstWordFirstToken).as("%s %s first words", l, s).isSorted();
      }
    }
  }

  @Test
  void aBinaryForOtherJsonOrAnotherConfigurationIsNotUsed() {
    Tagger stored = Tagger.builder().build();
    Language l = Language.NL;
    assertThat(read(stored, l, ScoringSettings.DEFAULTS, 0)).isNotNull();
    assertThat(read(stored, l, ScoringSettings.DEFAULTS, 1)).as("dimensions JSON edited").isNull();
    assertThat(read(stored, l, ScoringSettings.DEFAULTS, 2)).as("interpretations JSON edited").isNull();
    assertThat(read(stored, l, ScoringSettings.DEFAULTS, 3)).as("another analyzer (word lists, Lucene)").isNull();
    ScoringSettings s = ScoringSettings.DEFAULTS;
    ScoringSettings boost = new ScoringSettings(s.k1(), s.b(), s.expectedTextLength(), 2.0, s.saturation(),
        s.impersonalFactor());
    assertThat(read(stored, l, boost, 0)).as("another phrase boost").isNull();
    // an added lexicon: compiled as usual, and the same output either way (PrecompiledDataTest)
    Lexicon extra = new Lexicon("extra.json", l, Scheme.DIMENSIONS, "test", List.of(new LexiconEntry("x-1",
        "BODILY_FUNCTIONS", null, List.of("rugpijn"), List.of(), 1.0, 0, List.of(), List.of())));
    Tagger added = Tagger.builder().addLexicon(extra).build();
    assertThat(added.scheme(l, Scheme.DIMENSIONS).keyCount())
        .isEqualTo(Tagger.builder().precompiled(false).addLexicon(extra).build().scheme(l, Scheme.DIMENSIONS).keyCount());
  }

  /**
   * Reads the binary of a language with the JSON of lexicon {@code edit} (1 or 2) changed, or (3) another analyzer
   * configuration.
   */
  private static CompiledDefaults.Schemes read(Tagger t, Language l, ScoringSettings scoring, int edit) {
    return read(t, l, scoring, edit, Precompiled.resource(CompiledDefaults.class, CompiledDefaults.resourceName(l)));
  }

  /** As {@link #read(Tagger, Language, ScoringSettings, int)}, from the binary {@code bin}. */
  private static CompiledDefaults.Schemes read(Tagger t, Language l, ScoringSettings scoring, int edit, byte[] bin) {
    List<Lexicon> lex = t.lexicons(l);
    long[][] json = new long[2][];
    for (int i = 0; i < 2; i++) {
      json[i] = Precompiled.lengthAndCrc(BundledLexicons.class, lex.get(i).source());
    }
    if (edit == 1 || edit == 2) {
      json[edit - 1][1] ^= 1;
    }
    List<String> dims = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      dims.add(d.code());
    }
    return CompiledDefaults.read(bin, json, lex, dims, t.codebook().codes(), scoring,
        AnalyzerFingerprint.base(l) ^ (edit == 3 ? 1 : 0));
  }

  private static void assertSame(CompiledScheme a, CompiledScheme b) {
    assertThat(a.scheme).isEqualTo(b.scheme);
    assertThat(a.labels).isEqualTo(b.labels);
    assertThat(a.hitCount).isEqualTo(b.hitCount);
    assertThat(a.keyCount()).isEqualTo(b.keyCount());
    for (int k = 0; k < a.keyCount(); k++) {
      assertSame(a.key(k), b.key(k));
    }
    assertThat(a.termKeyIdByToken).containsExactly(b.termKeyIdByToken);
    assertThat(a.pronounFirstKeyIds).containsExactly(b.pronounFirstKeyIds);
    assertThat(a.firstWordKeyIds).containsExactly(b.firstWordKeyIds);
    assertThat(a.firstWordFirstToken).containsExactly(b.firstWordFirstToken);
    assertThat(a.pronounFirstByWord).isDeepEqualTo(b.pronounFirstByWord);
    assertThat(a.firstWordPhrasesByWord).isDeepEqualTo(b.firstWordPhrasesByWord);
  }

  private static void assertSame(CompiledScheme.Key a, CompiledScheme.Key b) {
    assertThat(a.id).isEqualTo(b.id);
    assertThat(a.tokens).containsExactly(b.tokens);
    assertThat(a.slop).isEqualTo(b.slop);
    assertThat(a.phrase).isEqualTo(b.phrase);
    assertThat(a.firstWordPhraseIndex).isEqualTo(b.firstWordPhraseIndex);
    assertThat(a.hitArray).hasSameSizeAs(b.hitArray);
    for (int h = 0; h < a.hitArray.length; h++) {
      CompiledScheme.LabelHit x = a.hitArray[h];
      CompiledScheme.LabelHit y = b.hitArray[h];
      assertThat(x.id()).isEqualTo(y.id());
      assertThat(x.label()).isEqualTo(y.label());
      assertThat(Float.floatToRawIntBits(x.weight())).isEqualTo(Float.floatToRawIntBits(y.weight()));
      assertThat(x.entries()).isEqualTo(y.entries());
      for (int d = 1; d <= 64; d++) {
        assertThat(x.scorer().score(1, d)).isEqualTo(y.scorer().score(1, d));
      }
    }
  }

  @Test
  void aDamagedBinaryIsNotUsed() {
    Tagger t = Tagger.builder().build();
    Language l = Language.EN;
    byte[] bin = Precompiled.resource(CompiledDefaults.class, CompiledDefaults.resourceName(l));
    byte[] damaged = bin.clone();
    damaged[damaged.length / 2] ^= 0x10; // in the body (the key records are read only when first needed)
    assertThat(read(t, l, ScoringSettings.DEFAULTS, 0, bin)).isNotNull();
    assertThat(read(t, l, ScoringSettings.DEFAULTS, 0, damaged)).as("checksum of the body").isNull();
  }

  @Test
  void keysReadOnDemandByManyThreadsAreTheSameObjects() throws Exception {
    Tagger t = Tagger.builder().build();
    Language l = Language.NL;
    byte[] bin = Precompiled.resource(CompiledDefaults.class, CompiledDefaults.resourceName(l));
    CompiledScheme fresh = read(t, l, ScoringSettings.DEFAULTS, 0, bin).dimensions();
    int n = fresh.keyCount();
    int threads = 4;
    CompiledScheme.Key[][] seen = new CompiledScheme.Key[threads][n];
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      int me = w;
      Thread th = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = 0; i < n; i++) {
          int k = me % 2 == 0 ? i : n - 1 - i; // half of the threads from each end
          seen[me][k] = fresh.key(k);
        }
      });
      workers.add(th);
      th.start();
    }
    start.countDown();
    for (Thread th : workers) {
      th.join();
    }
    CompiledScheme compiled = Tagger.builder().precompiled(false).build().scheme(l, Scheme.DIMENSIONS);
    for (int k = 0; k < n; k++) {
      for (int w = 1; w < threads; w++) {
        assertThat(seen[w][k]).isSameAs(seen[0][k]);
      }
      assertSame(seen[0][k], compiled.key(k));
    }
  }
}
