package io.github.pgtagger.bench;

import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.Tagger;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process throughput, in texts per second, of the tagger and its baselines on the same generated reflections
 * (half Dutch, half English; each operation takes the next text of a fixed cycle of {@value #TEXTS}):
 *
 * <ul>
 *   <li>{@code stockAnalyzer}: Lucene's stock {@link DutchAnalyzer} / {@link EnglishAnalyzer} once over the text,
 *       the reference for "tagging at the cost of reading the text once";
 *   <li>{@code reflectionAnalyzer}: pgtagger's own analysis chain alone (compounds, word classes, stemming);
 *   <li>{@code tagger}: {@link Tagger#tag(String, Language)}, the full result with evidence;
 *   <li>{@code taggerDetectingLanguage}: {@link Tagger#tag(String)}, with language detection;
 *   <li>{@code memoryIndexPerLabelQuery}: {@link MemoryIndexTagger}, a MemoryIndex plus one query per label;
 *   <li>{@code regexAlternation}: {@link RegexTagger}, one regex alternation per label.
 * </ul>
 *
 * <p>{@code lexicon=bundled} uses the bundled lexicons; {@code lexicon=large} adds {@link SyntheticLexicons}
 * (1,500 dimension and 300 interpretation entries per language).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TaggingBenchmark {
  /** Texts in the cycle. */
  public static final int TEXTS = 4096;

  /** Which lexicons the tagger and the baselines use. */
  @Param({"bundled", "large"})
  public String lexicon;

  String[] texts;
  Language[] languages;
  Tagger tagger;
  Analyzer stockNl;
  Analyzer stockEn;
  MemoryIndexTagger memoryIndexTagger;
  RegexTagger regexTagger;

  /** The position of one thread in the cycle of texts, and its reusable MemoryIndex. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
    final MemoryIndex memoryIndex = new MemoryIndex(true);

    int advance() {
      int i = next;
      next = (i + 1) & (TEXTS - 1);
      return i;
    }
  }

  /** Generates the texts and builds the tagger and baselines. */
  @Setup(Level.Trial)
  public void setUp() {
    List<ReflectionGenerator.Row> rows = ReflectionGenerator.generate(TEXTS, ReflectionGenerator.DEFAULT_SEED);
    texts = rows.stream().map(ReflectionGenerator.Row::text).toArray(String[]::new);
    languages = rows.stream().map(ReflectionGenerator.Row::language).toArray(Language[]::new);
    tagger = SyntheticLexicons.tagger(lexicon);
    stockNl = new DutchAnalyzer();
    stockEn = new EnglishAnalyzer();
    memoryIndexTagger = new MemoryIndexTagger(tagger);
    regexTagger = new RegexTagger(tagger);
  }

  /** Closes the stock analyzers. */
  @TearDown(Level.Trial)
  public void tearDown() {
    stockNl.close();
    stockEn.close();
  }

  static int consume(Analyzer analyzer, String text) throws IOException {
    return FloorProgram.countTokens(analyzer, text);
  }

  /** Lucene's stock analyzer of the text's language, once over the text. */
  @Benchmark
  public int stockAnalyzer(Cursor c) throws IOException {
    int i = c.advance();
    return consume(languages[i] == Language.NL ? stockNl : stockEn, texts[i]);
  }

  /** pgtagger's analysis chain alone. */
  @Benchmark
  public int reflectionAnalyzer(Cursor c) throws IOException {
    int i = c.advance();
    return consume(tagger.analyzer(languages[i]), texts[i]);
  }

  /** The tagger with the language given. */
  @Benchmark
  public TaggingResult tagger(Cursor c) {
    int i = c.advance();
    return tagger.tag(texts[i], languages[i]);
  }

  /** The tagger detecting the language. */
  @Benchmark
  public TaggingResult taggerDetectingLanguage(Cursor c) {
    return tagger.tag(texts[c.advance()]);
  }

  /** Baseline: MemoryIndex plus one query per label. */
  @Benchmark
  public int memoryIndexPerLabelQuery(Cursor c) {
    int i = c.advance();
    return memoryIndexTagger.tag(texts[i], languages[i], c.memoryIndex);
  }

  /** Baseline: one regex alternation per label. */
  @Benchmark
  public int regexAlternation(Cursor c) {
    int i = c.advance();
    return regexTagger.tag(texts[i], languages[i]);
  }
}
