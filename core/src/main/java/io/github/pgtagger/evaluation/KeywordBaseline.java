package io.github.pgtagger.evaluation;

import io.github.pgtagger.analysis.ReflectionAnalyzer;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.Aspect;
import io.github.pgtagger.model.AspectSet;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.Interpretation;
import io.github.pgtagger.model.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keyword-search baseline that accuracy figures are compared with: lexicons made only of the words of the
 * names of the dimensions, the 42 aspects and the interpretations, matched by the same analysis and scoring as the
 * real lexicons. Use it with {@code Tagger.builder().bundledLexicons(false).addLexicon(...)}.
 */
public final class KeywordBaseline {
  private static final Set<String> FILLER = new java.util.HashSet<>(List.of(
      "je", "jezelf", "kunnen", "van", "met", "de", "het", "een", "in", "hoe", "willen", "hebben", "zijn",
      "and", "the", "of", "a", "with", "from", "in", "about", "being", "your", "yourself", "for", "to",
      "things", "dingen", "doen", "zitten", "feeling", "voelen", "life", "leven"));

  private KeywordBaseline() {}

  /** The baseline lexicons for one language: one for the dimensions, one for the codebook's interpretations. */
  public static List<Lexicon> lexicons(Language language, AspectSet aspects, Codebook codebook) {
    ReflectionAnalyzer analyzer = ReflectionAnalyzer.create(language, List.of());
    List<LexiconEntry> dims = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      for (Aspect a : aspects.aspectsOf(d)) {
        Set<String> words = words(a.label(language), analyzer);
        words.addAll(words(d.displayName(language), analyzer));
        if (!words.isEmpty()) {
          dims.add(entry("kw-" + a.id().toLowerCase(Locale.ROOT), d.code(), a.id(), words));
        }
      }
    }
    List<LexiconEntry> ints = new ArrayList<>();
    for (Interpretation i : codebook.interpretations()) {
      Set<String> words = words(i.name(language), analyzer);
      if (!words.isEmpty()) {
        ints.add(entry("kw-" + i.code().toLowerCase(Locale.ROOT), i.code(), null, words));
      }
    }
    String prov = "Keyword-search baseline generated from the names of dimensions, aspects and interpretations.";
    return List.of(
        new Lexicon("keyword-baseline-" + language.code() + "-dimensions", language, Scheme.DIMENSIONS, prov, dims),
        new Lexicon("keyword-baseline-" + language.code() + "-interpretations", language, Scheme.INTERPRETATIONS,
            prov, ints));
  }

  private static LexiconEntry entry(String id, String label, String aspect, Set<String> words) {
    return new LexiconEntry(id, label, aspect, List.copyOf(words), List.of(), 1.0, 0, List.of(), List.of());
  }

  private static Set<String> words(String name, ReflectionAnalyzer analyzer) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 3 && !FILLER.contains(w) && !analyzer.isStopword(ReflectionAnalyzer.foldWord(w))) {
        out.add(w);
      }
    }
    return out;
  }
}
