package io.github.pgtagger.internal;

import io.github.pgtagger.analysis.ReflectionAnalyzer;
import io.github.pgtagger.model.Language;
import java.util.Collection;
import org.apache.lucene.util.Version;

/**
 * A fingerprint of what the analysis of lexicon terms depends on: the language, the Lucene version, the bundled
 * compound word list and stem overrides, and the extra compound words (the terms of the lexicons in use). Analysed
 * forms stored at build time are used only by an analyzer with the same fingerprint. Not part of the API.
 */
public final class AnalyzerFingerprint {
  private AnalyzerFingerprint() {}

  /**
   * The fingerprint of {@link ReflectionAnalyzer#create(Language, Collection)} with these arguments.
   *
   * @param extraCompoundWords distinct words, in any order
   */
  public static long of(Language language, Collection<String> extraCompoundWords) {
    long h = base(language);
    long sum = 0;
    long sum2 = 0;
    for (String w : extraCompoundWords) {
      int x = w.hashCode();
      sum += mix(x);
      sum2 += mix(((long) x << 32) ^ w.length());
    }
    return mix(h ^ extraCompoundWords.size()) ^ mix(sum) ^ (31 * mix(sum2 + 1));
  }

  /**
   * The part of the fingerprint that does not depend on the extra words: the language, the Lucene version, the
   * format of the binaries and the bundled compound word list and stem overrides as read. Where the extra words are
   * the terms of lexicons checked against their JSON (the default tagger's), this and those checks stand for the
   * whole fingerprint.
   */
  public static long base(Language language) {
    long h = 0x9E3779B97F4A7C15L * (Precompiled.FORMAT + 1);
    h = mix(h ^ language.code().hashCode());
    h = mix(h ^ (((long) Version.LATEST.major << 32) | (Version.LATEST.minor << 16) | Version.LATEST.bugfix));
    h = mix(h ^ resourceCrc("compound-parts-" + language.code() + ".txt"));
    return mix(h ^ resourceCrc("stem-overrides-" + language.code() + ".txt"));
  }

  private static long resourceCrc(String name) {
    return Precompiled.resourceCrc(ReflectionAnalyzer.class, name); // as the analyzer read it
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
