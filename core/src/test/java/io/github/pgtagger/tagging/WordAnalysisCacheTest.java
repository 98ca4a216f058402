package io.github.pgtagger.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pgtagger.analysis.ReflectionAnalyzer;
import io.github.pgtagger.internal.WordTable;
import io.github.pgtagger.model.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The word-by-word analysis with its memory gives exactly the tokens of the full analysis chain run over the text:
 * same vocabulary ids, flags, new positions and offsets, for every text of the golden inputs, the labelled sets and
 * some hostile strings, each text analysed twice (the second time from memory).
 */
class WordAnalysisCacheTest {
  private static final List<String> RESOURCES = List.of(
      "/io/github/pgtagger/tagging/golden/sentences.jsonl",
      "/io/github/pgtagger/evaluation/reflections-dev.jsonl",
      "/io/github/pgtagger/evaluation/statements-dev.jsonl");

  @Test
  void sameTokensAsTheFullChainOverTheText() throws IOException {
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String r : RESOURCES) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          WordAnalysisCacheTest.class.getResourceAsStream(r), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            JsonNode n = json.readTree(line);
            texts.add(n.get("text").asText());
          }
        }
      }
    }
    texts.addAll(List.of("", "   ", "\u200b\u200b", "Ik\u00adben\u200b moe.", "İSTANBUL ıiIİ", "zzz ".repeat(300),
        "a".repeat(600), "slaap-\nproblemen, rugpijn; my kids' school", "🙂 ik 😢 slaap", "co\u0301operatie",
        "arbeidsongeschiktheidsverzekering en slaapproblemenspreekuurafspraak"));
    // more distinct words than the memory keeps, so that it is emptied and refilled while the texts are compared
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < WordAnalysisCache.MAX_WORDS + 500; i++) {
      many.append(i % 2 == 0 ? "rugpijn" : "slaap").append((char) ('a' + i % 26)).append(i).append(' ');
    }
    texts.add(many.toString());
    Map<String, Integer> vocab = new java.util.LinkedHashMap<>();
    for (String w : List.of("slaap", "pijn", "rug", "moe", "ik", "voel", "school", "kid", "gezond", "eenzaam")) {
      vocab.put(w, vocab.size());
    }
    WordTable table = CompiledScheme.lookupTable(vocab);
    for (Language lang : Language.values()) {
      ReflectionAnalyzer analyzer = ReflectionAnalyzer.create(lang, List.of("slaap", "rug", "pijn", "school"));
      WordAnalysisCache words = new WordAnalysisCache(analyzer, table);
      int compared = 0;
      for (int round = 0; round < 2; round++) {
        for (String text : texts) {
          List<String> expected = direct(analyzer, vocab, text);
          List<String> actual = new ArrayList<>();
          words.analyse(text, (id, f, newPosition, s, e) -> actual.add(id + "/" + f + "/" + newPosition + "/" + s + "-" + e));
          assertThat(actual).as("%s text: %s", lang, text).isEqualTo(expected);
          compared += expected.size();
        }
      }
      assertThat(compared).isGreaterThan(10_000);
    }
  }

  /** The tokens of the full analysis chain, with ids looked up in the map (not in the cache's table). */
  private static List<String> direct(ReflectionAnalyzer analyzer, Map<String, Integer> vocab, String text)
      throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      FlagsAttribute fl = ts.addAttribute(FlagsAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(vocab.getOrDefault(term.toString(), -1) + "/" + fl.getFlags() + "/" + (inc.getPositionIncrement() > 0) + "/"
            + off.startOffset() + "-" + off.endOffset());
      }
      ts.end();
    }
    return out;
  }
}
