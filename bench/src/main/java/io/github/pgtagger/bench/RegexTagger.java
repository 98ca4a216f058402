package io.github.pgtagger.bench;

import io.github.pgtagger.analysis.ReflectionAnalyzer;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.tagging.Tagger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Baseline: the naive implementation of the same lexicons with {@link java.util.regex}, one case-insensitive
 * alternation per label over the raw text: each term as a word prefix ({@code \bterm\w*}, a crude stand-in for
 * stemming), each phrase as its words with up to {@code slop} words between them. No analysis, no compounds, no
 * evidence. Thread-safe ({@link Pattern} is; matchers are per call).
 */
public final class RegexTagger {
  private final Map<Language, List<Pattern>> patterns = new EnumMap<>(Language.class);

  /** Compiles the lexicons of a tagger into one pattern per (scheme, label). */
  public RegexTagger(Tagger tagger) {
    for (Language lang : tagger.languages()) {
      Map<String, StringJoiner> byLabel = new LinkedHashMap<>();
      for (Lexicon lex : tagger.lexicons(lang)) {
        for (LexiconEntry e : lex.entries()) {
          StringJoiner alt = byLabel.computeIfAbsent(lex.scheme() + "/" + e.label(), k -> new StringJoiner("|"));
          for (String term : e.terms()) {
            alt.add(Pattern.quote(ReflectionAnalyzer.foldWord(term)) + "\\w*");
          }
          for (String phrase : e.phrases()) {
            StringJoiner words = new StringJoiner("\\W+(?:\\w+\\W+){0," + e.slop() + "}");
            for (String w : phrase.strip().split("\\s+")) {
              words.add(Pattern.quote(ReflectionAnalyzer.foldWord(w)));
            }
            alt.add(words.toString());
          }
        }
      }
      List<Pattern> list = new ArrayList<>();
      byLabel.values().forEach(
          a -> list.add(Pattern.compile("\\b(?:" + a + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      patterns.put(lang, List.copyOf(list));
    }
  }

  /** Runs every label pattern over the text; returns the number of matches found. */
  public int tag(String text, Language lang) {
    int found = 0;
    for (Pattern p : patterns.get(lang)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        found++;
      }
    }
    return found;
  }
}
