package io.github.pgtagger.tagging;

import io.github.pgtagger.analysis.FunctionWordLanguageDetector;
import io.github.pgtagger.analysis.LanguageDetector;
import io.github.pgtagger.analysis.ReflectionAnalyzer;
import io.github.pgtagger.internal.AnalyzerFingerprint;
import io.github.pgtagger.internal.PrecompiledLexicon;
import io.github.pgtagger.internal.TokenForms;
import io.github.pgtagger.internal.WordTable;
import io.github.pgtagger.lexicon.BundledLexicons;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.LexiconLoader;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.Aspect;
import io.github.pgtagger.model.AspectSet;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.Polarity;
import io.github.pgtagger.model.TaggingResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.util.SmallFloat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags texts with the dimensions (and aspects) of Positive Health and with the interpretations of a codebook,
 * each tag with a score in (0, 1] and the evidence spans that support it.
 *
 * <p>Build one with {@link #builder()} (or {@link #defaults()}), then call {@link #tag(String)} from any number of
 * threads. <strong>A Tagger is immutable and thread-safe</strong>: all lexicons, analyzers and scoring statistics
 * are prepared once in {@link Builder#build()}; no file or resource is read while tagging.
 *
 * <pre>{@code
 * Tagger tagger = Tagger.builder().build();
 * TaggingResult r = tagger.tag("Mijn rug doet al weken pijn en ik slaap daardoor slecht.");
 * for (DimensionTag t : r.dimensions()) {
 *   System.out.println(t.code() + " " + t.score() + " " + t.aspects() + " " + t.evidence());
 * }
 * }</pre>
 */
public final class Tagger {
  /** The logger, created when first needed (a default build logs nothing and does not set up logging). */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(Tagger.class);
  }

  /** Default largest text accepted, in chars (1 MiB of chars). */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 1 << 20;
  /** Default threshold for dimensions, calibrated on the development set (see docs/accuracy.md). */
  public static final double DEFAULT_DIMENSION_THRESHOLD = 0.30;
  /** Default threshold for interpretations, calibrated on the development set (see docs/accuracy.md). */
  public static final double DEFAULT_INTERPRETATION_THRESHOLD = 0.30;

  private static final Dimension[] DIMENSIONS = Dimension.values();

  private final Set<Language> languages;
  private final Map<Language, ReflectionAnalyzer> analyzers;
  private final Map<Language, CompiledScheme> dimensionSchemes;
  private final Map<Language, CompiledScheme> interpretationSchemes;
  private final Map<Language, WordTable> vocabularies;
  /** Per language, each thread's analysis with its memory of the words seen (see {@link WordAnalysisCache}). */
  private final Map<Language, ThreadLocal<WordAnalysisCache>> wordAnalysis;
  private final Map<Language, List<Lexicon>> lexicons;
  private final AspectSet aspectSet;
  private final Codebook codebook;
  private final LanguageDetector detector;
  private final double[] dimensionThresholds;
  private final double[] interpretationThresholds;
  private final ScoringSettings scoring;
  private final int maxTextLength;

  private Tagger(Builder b, Map<Language, List<Lexicon>> lexicons, Map<Lexicon, PrecompiledLexicon> precompiled) {
    this.languages = Collections.unmodifiableSet(EnumSet.copyOf(b.languages));
    this.aspectSet = b.aspectSet;
    this.codebook = b.codebook;
    this.detector = b.detector;
    this.scoring = b.scoring;
    this.maxTextLength = b.maxTextLength;
    this.lexicons = Collections.unmodifiableMap(lexicons);
    List<String> dimLabels = new ArrayList<>(DIMENSIONS.length);
    for (Dimension d : DIMENSIONS) {
      dimLabels.add(d.code());
    }
    List<String> intLabels = codebook.codes();
    this.dimensionThresholds = thresholds(dimLabels, b.dimensionThreshold, b.labelThresholds);
    this.interpretationThresholds = thresholds(intLabels, b.interpretationThreshold, b.labelThresholds);
    Map<Language, ReflectionAnalyzer> an = new EnumMap<>(Language.class);
    Map<Language, CompiledScheme> dims = new EnumMap<>(Language.class);
    Map<Language, CompiledScheme> ints = new EnumMap<>(Language.class);
    Map<Language, WordTable> vocabs = new EnumMap<>(Language.class);
    for (Language lang : languages) {
      List<Lexicon> lex = lexicons.get(lang);
      // the default lexicons: analyzer and schemes as stored at build time, when made from the same JSON
      CompiledDefaults.Schemes stored = precompiled.isEmpty() ? null
          : CompiledDefaults.read(lang, lex, precompiled, dimLabels, intLabels, scoring);
      if (stored != null) {
        an.put(lang, ReflectionAnalyzer.create(lang, stored.compounds()));
        dims.put(lang, stored.dimensions());
        ints.put(lang, stored.interpretations());
        vocabs.put(lang, stored.vocabulary());
        continue;
      }
      if (!precompiled.isEmpty()) {
        Log.LOG.debug("{}: no valid compiled schemes for these lexicons; compiling", lang);
      }
      Set<String> vocabulary = new LinkedHashSet<>();
      for (Lexicon l : lex) {
        PrecompiledLexicon p = precompiled.get(l);
        if (p != null) {
          vocabulary.addAll(p.distinctTerms()); // stored: the entries are not decoded
        } else {
          for (LexiconEntry e : l.entries()) {
            vocabulary.addAll(e.terms());
          }
        }
      }
      ReflectionAnalyzer analyzer = ReflectionAnalyzer.create(lang, vocabulary);
      an.put(lang, analyzer);
      List<Lexicon> dimLex = new ArrayList<>();
      List<Lexicon> intLex = new ArrayList<>();
      for (Lexicon l : lex) {
        (l.scheme() == Scheme.DIMENSIONS ? dimLex : intLex).add(l);
      }
      long fingerprint = precompiled.isEmpty() ? 0 : AnalyzerFingerprint.of(lang, vocabulary);
      Map<String, Integer> vocab = new LinkedHashMap<>(4 * vocabulary.size());
      dims.put(lang, CompiledScheme.compile(Scheme.DIMENSIONS, dimLabels, dimLex,
          forms(dimLex, precompiled, fingerprint), analyzer, scoring, vocab));
      ints.put(lang, CompiledScheme.compile(Scheme.INTERPRETATIONS, intLabels, intLex,
          forms(intLex, precompiled, fingerprint), analyzer, scoring, vocab));
      vocabs.put(lang, CompiledScheme.lookupTable(vocab));
    }
    this.analyzers = Collections.unmodifiableMap(an);
    this.dimensionSchemes = Collections.unmodifiableMap(dims);
    this.interpretationSchemes = Collections.unmodifiableMap(ints);
    this.vocabularies = Collections.unmodifiableMap(vocabs);
    Map<Language, ThreadLocal<WordAnalysisCache>> words = new EnumMap<>(Language.class);
    for (Language lang : languages) {
      ReflectionAnalyzer analyzer = an.get(lang);
      WordTable vocab = vocabs.get(lang);
      words.put(lang, new WordAnalysisThreadLocal(analyzer, vocab));
    }
    this.wordAnalysis = Collections.unmodifiableMap(words);
  }

  /** Each thread's word analysis of a language (a class, not a lambda: no bootstrap on the build path). */
  private static final class WordAnalysisThreadLocal extends ThreadLocal<WordAnalysisCache> {
    private final ReflectionAnalyzer analyzer;
    private final WordTable vocabulary;

    WordAnalysisThreadLocal(ReflectionAnalyzer analyzer, WordTable vocabulary) {
      this.analyzer = analyzer;
      this.vocabulary = vocabulary;
    }

    @Override
    protected WordAnalysisCache initialValue() {
      return new WordAnalysisCache(analyzer, vocabulary);
    }
  }

  /**
   * The precompiled analysed forms of each lexicon, where they were made by an analyzer with this fingerprint (the
   * same configuration and vocabulary), else null; null when there are none at all.
   */
  private static List<TokenForms[][]> forms(List<Lexicon> lexicons, Map<Lexicon, PrecompiledLexicon> precompiled,
      long fingerprint) {
    List<TokenForms[][]> out = new ArrayList<>(lexicons.size());
    boolean any = false;
    for (Lexicon l : lexicons) {
      PrecompiledLexicon p = precompiled.get(l);
      boolean valid = p != null && p.analyzerFingerprint() == fingerprint;
      if (p != null && !valid) {
        Log.LOG.debug("{}: analyzer differs from the precompiled one (other vocabulary); analysing its terms", l.source());
      }
      out.add(valid ? p.forms() : null);
      any |= valid;
    }
    return any ? out : null;
  }

  private static double[] thresholds(List<String> labels, double general, Map<String, Double> perLabel) {
    double[] t = new double[labels.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = perLabel.getOrDefault(labels.get(i), general);
    }
    return t;
  }

  /** A new builder with the defaults: Dutch and English, bundled lexicons, codebook {@code yaron-2021}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A tagger with every default; equivalent to {@code builder().build()}. */
  public static Tagger defaults() {
    return builder().build();
  }

  /**
   * Tags a text, detecting its language among the enabled ones.
   *
   * @throws TextTooLongException when the text is longer than the configured maximum
   */
  public TaggingResult tag(String text) {
    return tag(text, null);
  }

  /**
   * Tags a text in the given language, or detects the language when {@code language} is null.
   *
   * @throws IllegalArgumentException when the language is not enabled in this tagger
   * @throws TextTooLongException when the text is longer than the configured maximum
   */
  public TaggingResult tag(String text, Language language) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxTextLength) {
      throw new TextTooLongException(text.length(), maxTextLength);
    }
    boolean detected = language == null;
    Language lang = detected ? detector.detect(text, languages) : language;
    ReflectionAnalyzer analyzer = analyzers.get(lang);
    if (analyzer == null) {
      throw new IllegalArgumentException("language " + lang + " is not enabled in this tagger; enabled: "
          + languages + " (see Tagger.Builder.languages)");
    }
    TextMatcher m = TextMatcher.acquire(text);
    try {
      m.analyse(wordAnalysis.get(lang).get(), vocabularies.get(lang).size());
      List<LabelResult> dimResults = score(m, dimensionSchemes.get(lang), dimensionThresholds,
          m.personal ? 1.0 : scoring.impersonalFactor());
      List<DimensionTag> dims = new ArrayList<>(dimResults.size());
      for (LabelResult r : dimResults) {
        Dimension d = DIMENSIONS[r.labelIndex];
        dims.add(new DimensionTag(d, r.score, aspectsOf(r), r.polarity(), r.evidence));
      }
      List<LabelResult> intResults = score(m, interpretationSchemes.get(lang), interpretationThresholds, 1.0);
      List<InterpretationTag> ints = new ArrayList<>(intResults.size());
      for (LabelResult r : intResults) {
        ints.add(new InterpretationTag(r.label, r.score, r.polarity(), r.evidence));
      }
      return new TaggingResult(lang, detected, dims, ints);
    } finally {
      m.release();
    }
  }

  /**
   * Detects the language of a text among the enabled ones, as {@link #tag(String)} does. Used to decide the language
   * of a whole document once before its segments are tagged.
   */
  public Language detectLanguage(String text) {
    return detector.detect(Objects.requireNonNull(text, "text"), languages);
  }

  /**
   * The lexicon entries whose terms or phrases occur in the text (before scoring and thresholds).
   *
   * @throws IllegalArgumentException when the language is not enabled in this tagger
   * @throws TextTooLongException when the text is longer than the configured maximum
   */
  public Set<LexiconEntry> matchingEntries(String text, Language language) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxTextLength) {
      throw new TextTooLongException(text.length(), maxTextLength);
    }
    ReflectionAnalyzer analyzer = analyzers.get(language);
    if (analyzer == null) {
      throw new IllegalArgumentException("language " + language + " is not enabled; enabled: " + languages);
    }
    TextMatcher m = TextMatcher.acquire(text);
    try {
      m.analyse(wordAnalysis.get(language).get(), vocabularies.get(language).size());
      Set<LexiconEntry> out = new java.util.HashSet<>();
      for (CompiledScheme s : List.of(dimensionSchemes.get(language), interpretationSchemes.get(language))) {
        int n = m.match(s);
        for (int i = 0; i < n; i++) {
          for (CompiledScheme.LabelHit h : m.matches[i].key().hitArray) {
            h.entries().forEach(r -> out.add(r.entry()));
          }
        }
      }
      return out;
    } finally {
      m.release();
    }
  }

  /** The aspects of a dimension's evidence entries, most frequent first (ties in order of first occurrence). */
  private List<Aspect> aspectsOf(LabelResult r) {
    String[] ids = new String[4];
    int[] counts = new int[4];
    int n = 0;
    for (CompiledScheme.LabelHit hit : r.hits) {
      for (CompiledScheme.EntryRef ref : hit.entries()) {
        String aspect = ref.entry().aspect();
        if (aspect != null) {
          n = countAspect(aspect, ids, counts, n);
          if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
            counts = Arrays.copyOf(counts, n * 2);
          }
        }
      }
    }
    if (n == 0) {
      return List.of();
    }
    // stable insertion sort by count, descending
    for (int k = 1; k < n; k++) {
      String id = ids[k];
      int c = counts[k];
      int j = k - 1;
      while (j >= 0 && counts[j] < c) {
        ids[j + 1] = ids[j];
        counts[j + 1] = counts[j];
        j--;
      }
      ids[j + 1] = id;
      counts[j + 1] = c;
    }
    List<Aspect> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      aspectSet.find(ids[k]).ifPresent(out::add);
    }
    return out;
  }

  /** Counts one occurrence of an aspect in (ids, counts) of size n, appending it when new; returns the new size. */
  private static int countAspect(String aspect, String[] ids, int[] counts, int n) {
    int k = 0;
    while (k < n && !ids[k].equals(aspect)) {
      k++;
    }
    if (k == n) {
      ids[n] = aspect;
      counts[n] = 0;
      n++;
    }
    counts[k]++;
    return n;
  }

  private static final class LabelResult {
    final int labelIndex;
    final String label;
    final double score;
    final List<Evidence> evidence;
    final List<CompiledScheme.LabelHit> hits;

    LabelResult(int labelIndex, String label, double score, List<Evidence> evidence,
        List<CompiledScheme.LabelHit> hits) {
      this.labelIndex = labelIndex;
      this.label = label;
      this.score = score;
      this.evidence = evidence;
      this.hits = hits;
    }

    Polarity polarity() {
      int neg = 0;
      for (Evidence e : evidence) {
        if (e.negated()) {
          neg++;
        }
      }
      return Polarity.of(evidence.size() - neg, neg);
    }
  }

  /**
   * Scores the labels of one scheme: every (match, label hit) pair that is not shadowed by a phrase, one pair per
   * span and label (the heaviest), BM25 per distinct label hit summed per label, times {@code factor}, and squashed
   * into (0, 1). Works in
   * the matcher's scratch arrays; allocates only the results.
   */
  private List<LabelResult> score(TextMatcher m, CompiledScheme scheme, double[] thresholds, double factor) {
    int matchCount = m.match(scheme);
    if (matchCount == 0) {
      return List.of();
    }
    int labels = scheme.labels.size();
    m.startPairs(labels, scheme.hitCount);
    pair(m, matchCount);
    if (m.pairCount == 0) {
      return List.of();
    }
    // the steps below are small methods so that the JIT compiles each once, early, and on its own
    long norm = SmallFloat.intToByte4(Math.max(1, m.contentPositions));
    List<LabelResult> out = null;
    for (int label = 0; label < labels; label++) {
      int n = keepOnePerSpan(m, label);
      if (n == 0) {
        continue;
      }
      double raw = rawScore(m, n, norm);
      raw *= factor;
      double score = raw / (raw + scoring.saturation());
      if (score <= 0 || score < thresholds[label]) {
        continue;
      }
      sortByStart(m.kept, m.pairStart, n);
      if (out == null) {
        out = new ArrayList<>(2);
      }
      out.add(labelResult(m, scheme, label, n, Math.min(1.0, score)));
    }
    if (out == null) {
      return List.of();
    }
    if (out.size() > 1) {
      out.sort(BY_SCORE_THEN_LABEL);
    }
    return out;
  }

  /** Pairs each match with the label hits of its key, leaving out terms shadowed by a phrase. */
  private static void pair(TextMatcher m, int matchCount) {
    TextMatcher.Match[] matches = m.matches;
    PhraseMatches phrases = new PhraseMatches(matches, matchCount);
    for (int mi = 0; mi < matchCount; mi++) {
      TextMatcher.Match match = matches[mi];
      for (CompiledScheme.LabelHit hit : match.key().hitArray) {
        if (!match.key().phrase && phrases.shadow(match, hit)) {
          continue;
        }
        m.addPair(mi, hit);
      }
    }
  }

  /**
   * Collects a label's pairs into {@code m.kept} in order, one per span: a heavier pair takes the place of the first
   * one of its span. Returns their number.
   */
  private static int keepOnePerSpan(TextMatcher m, int label) {
    int[] kept = m.kept;
    int[] pairStart = m.pairStart;
    int[] pairEnd = m.pairEnd;
    float[] pairWeight = m.pairWeight;
    int n = 0;
    for (int p = m.labelFirst[label]; p >= 0; p = m.pairNext[p]) {
      int same = -1;
      for (int k = 0; k < n; k++) {
        int q = kept[k];
        if (pairStart[q] == pairStart[p] && pairEnd[q] == pairEnd[p]) {
          same = k;
          break;
        }
      }
      if (same < 0) {
        kept[n++] = p;
      } else if (pairWeight[p] > pairWeight[kept[same]]) {
        kept[same] = p;
      }
    }
    return n;
  }

  /** The BM25 sum over the distinct label hits of the first {@code n} kept pairs, in order of first occurrence. */
  private static double rawScore(TextMatcher m, int n, long norm) {
    int[] kept = m.kept;
    CompiledScheme.LabelHit[] pairHit = m.pairHit;
    int[] hitCounts = m.hitCounts;
    int[] distinctHits = m.distinctHits;
    int distinct = 0;
    for (int k = 0; k < n; k++) {
      int id = pairHit[kept[k]].id();
      if (hitCounts[id]++ == 0) {
        distinctHits[distinct++] = kept[k];
      }
    }
    double raw = 0;
    for (int d = 0; d < distinct; d++) {
      CompiledScheme.LabelHit hit = pairHit[distinctHits[d]];
      raw += hit.scorer().score(hitCounts[hit.id()], norm);
      hitCounts[hit.id()] = 0;
    }
    return raw;
  }

  /** Sorts the first {@code n} kept pairs by start offset, stable for equal starts (evidence in text order). */
  private static void sortByStart(int[] kept, int[] pairStart, int n) {
    for (int k = 1; k < n; k++) {
      int v = kept[k];
      int s = pairStart[v];
      int j = k - 1;
      while (j >= 0 && pairStart[kept[j]] > s) {
        kept[j + 1] = kept[j];
        j--;
      }
      kept[j + 1] = v;
    }
  }

  /** The result of a label from its first {@code n} kept pairs, which are in text order. */
  private static LabelResult labelResult(TextMatcher m, CompiledScheme scheme, int label, int n, double score) {
    int[] kept = m.kept;
    CompiledScheme.LabelHit[] pairHit = m.pairHit;
    TextMatcher.Match[] matches = m.matches;
    List<Evidence> evidence = new ArrayList<>(n);
    List<CompiledScheme.LabelHit> hits = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      TextMatcher.Match match = matches[m.pairMatch[kept[k]]];
      CompiledScheme.LabelHit hit = pairHit[kept[k]];
      CompiledScheme.EntryRef ref = hit.entries().get(0);
      evidence.add(new Evidence(match.start(), match.end(), m.text.substring(match.start(), match.end()),
          ref.entry().id(), ref.term(), match.negated()));
      hits.add(hit);
    }
    return new LabelResult(label, scheme.labels.get(label), score, evidence, hits);
  }

  /** Highest score first, then by label (a class, not lambdas: no call sites to link at start-up). */
  private static final Comparator<LabelResult> BY_SCORE_THEN_LABEL = new Comparator<>() {
    @Override
    public int compare(LabelResult a, LabelResult b) {
      int c = Double.compare(-a.score, -b.score);
      return c != 0 ? c : a.label.compareTo(b.label);
    }
  };

  private static final Comparator<TextMatcher.Match> BY_FIRST_POSITION = new Comparator<>() {
    @Override
    public int compare(TextMatcher.Match a, TextMatcher.Match b) {
      return Integer.compare(a.firstPos(), b.firstPos());
    }
  };

  /**
   * The phrase matches of one text, sorted by first position, so that the phrases around a term are found without
   * scanning them all (a scan per term made long texts quadratic).
   */
  private static final class PhraseMatches {
    private final TextMatcher.Match[] sorted;
    private final int maxSpan;

    PhraseMatches(TextMatcher.Match[] matches, int count) {
      int n = 0;
      int span = 0;
      TextMatcher.Match[] p = new TextMatcher.Match[count]; // not the matcher's capacity: allocated per text
      for (int i = 0; i < count; i++) {
        TextMatcher.Match m = matches[i];
        if (m.key().phrase) {
          p[n++] = m;
          span = Math.max(span, m.lastPos() - m.firstPos());
        }
      }
      this.sorted = n == count ? p : Arrays.copyOf(p, n);
      Arrays.sort(sorted, BY_FIRST_POSITION);
      this.maxSpan = span;
    }

    /**
     * A single-term match inside a phrase match is explained by the phrase: it does not count for the phrase's own
     * label, nor for any label where the term is ambiguous (weight below 1). Token positions grow with offsets, so
     * a phrase that contains the term starts at most {@code maxSpan} positions before it.
     */
    boolean shadow(TextMatcher.Match term, CompiledScheme.LabelHit hit) {
      int q = term.firstPos();
      for (int i = firstAtOrAfter(q - maxSpan); i < sorted.length && sorted[i].firstPos() <= q; i++) {
        TextMatcher.Match p = sorted[i];
        if (p.start() <= term.start() && term.end() <= p.end()) {
          if (hit.weight() < 1f) {
            return true;
          }
          for (CompiledScheme.LabelHit ph : p.key().hitArray) {
            if (ph.label() == hit.label()) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private int firstAtOrAfter(int pos) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid].firstPos() < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /**
   * The threshold in force for a dimension or interpretation code.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public double threshold(String code) {
    for (Dimension d : Dimension.values()) {
      if (d.code().equals(code)) {
        return dimensionThresholds[d.ordinal()];
      }
    }
    int i = codebook.codes().indexOf(code);
    if (i < 0) {
      throw new IllegalArgumentException("unknown code " + code);
    }
    return interpretationThresholds[i];
  }

  /** The compiled scheme of a language (for {@link CompiledDefaults}). */
  CompiledScheme scheme(Language language, Scheme scheme) {
    return (scheme == Scheme.DIMENSIONS ? dimensionSchemes : interpretationSchemes).get(language);
  }

  /** The vocabulary of a language: analysed term to id (for {@link CompiledDefaults}). */
  WordTable vocabulary(Language language) {
    return vocabularies.get(language);
  }

  /** The enabled languages. */
  public Set<Language> languages() {
    return languages;
  }

  /** The lexicons in use for a language, bundled first, in the order they were added. */
  public List<Lexicon> lexicons(Language language) {
    return lexicons.getOrDefault(language, List.of());
  }

  /** The codebook of interpretations. */
  public Codebook codebook() {
    return codebook;
  }

  /** The aspect set of the dimensions. */
  public AspectSet aspectSet() {
    return aspectSet;
  }

  /** The scoring parameters. */
  public ScoringSettings scoring() {
    return scoring;
  }

  /** The largest text accepted, in chars. */
  public int maxTextLength() {
    return maxTextLength;
  }

  /** The analyzer used for a language (for inspection and tools); thread-safe. */
  public ReflectionAnalyzer analyzer(Language language) {
    return analyzers.get(language);
  }

  /**
   * Configures and builds a {@link Tagger}. Not thread-safe; the tagger it builds is. Unset options keep the
   * defaults described on each method.
   */
  public static final class Builder {
    private Set<Language> languages = EnumSet.allOf(Language.class);
    private boolean bundled = true;
    private final List<Path> lexiconFiles = new ArrayList<>();
    private final List<Lexicon> lexiconObjects = new ArrayList<>();
    private AspectSet aspectSet = AspectSet.mph2016();
    private Codebook codebook = Codebook.yaron2021();
    private LanguageDetector detector = new FunctionWordLanguageDetector();
    private double dimensionThreshold = DEFAULT_DIMENSION_THRESHOLD;
    private double interpretationThreshold = DEFAULT_INTERPRETATION_THRESHOLD;
    private final Map<String, Double> labelThresholds = new HashMap<>(CalibratedThresholds.defaults());
    private ScoringSettings scoring = ScoringSettings.DEFAULTS;
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;
    private boolean usePrecompiled = true;

    private Builder() {}

    /** The languages to support (default: all, Dutch and English). */
    public Builder languages(Language... languages) {
      if (languages.length == 0) {
        throw new IllegalArgumentException("at least one language is required");
      }
      this.languages = EnumSet.copyOf(Arrays.asList(languages));
      return this;
    }

    /** Whether to use the bundled lexicons (default true); false uses only the lexicons added. */
    public Builder bundledLexicons(boolean use) {
      this.bundled = use;
      return this;
    }

    /** Adds a lexicon file, loaded and validated in {@link #build()}. */
    public Builder addLexicon(Path file) {
      lexiconFiles.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** Adds an already loaded lexicon. */
    public Builder addLexicon(Lexicon lexicon) {
      lexiconObjects.add(Objects.requireNonNull(lexicon, "lexicon"));
      return this;
    }

    /** The aspect set that dimension entries refer to (default {@link AspectSet#mph2016()}). */
    public Builder aspectSet(AspectSet aspectSet) {
      this.aspectSet = Objects.requireNonNull(aspectSet, "aspectSet");
      return this;
    }

    /**
     * The codebook of interpretations (default {@link Codebook#yaron2021()}). With another codebook, bundled
     * interpretation lexicons are not used: add lexicons for its codes.
     */
    public Builder codebook(Codebook codebook) {
      this.codebook = Objects.requireNonNull(codebook, "codebook");
      return this;
    }

    /** The language detector used when a text's language is not given. */
    public Builder languageDetector(LanguageDetector detector) {
      this.detector = Objects.requireNonNull(detector, "detector");
      return this;
    }

    /** Minimum score for a dimension to be assigned, in (0, 1) (default calibrated, see docs/accuracy.md). */
    public Builder dimensionThreshold(double threshold) {
      this.dimensionThreshold = checkThreshold("dimensionThreshold", threshold);
      Arrays.stream(Dimension.values()).forEach(d -> labelThresholds.remove(d.code()));
      return this;
    }

    /** Minimum score for an interpretation to be assigned, in (0, 1). */
    public Builder interpretationThreshold(double threshold) {
      this.interpretationThreshold = checkThreshold("interpretationThreshold", threshold);
      labelThresholds.keySet().removeIf(k -> !isDimension(k));
      return this;
    }

    /** Minimum score for one label (dimension or interpretation code), overriding the general threshold. */
    public Builder labelThreshold(String code, double threshold) {
      labelThresholds.put(Objects.requireNonNull(code, "code"), checkThreshold("labelThreshold(" + code + ")", threshold));
      return this;
    }

    /**
     * Per-label thresholds from a properties file ({@code CODE=threshold}), as written by {@code pgtagger
     * calibrate}; replaces the bundled calibrated thresholds for the codes it names.
     */
    public Builder thresholds(Path propertiesFile) {
      java.util.Properties p = new java.util.Properties();
      try (java.io.Reader r = java.nio.file.Files.newBufferedReader(propertiesFile, java.nio.charset.StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (java.io.IOException e) {
        throw new io.github.pgtagger.model.DataFileException(propertiesFile.toString(), "", "cannot read: " + e.getMessage(), e);
      }
      for (String k : p.stringPropertyNames()) {
        try {
          labelThreshold(k, Double.parseDouble(p.getProperty(k).trim()));
        } catch (IllegalArgumentException e) {
          throw new io.github.pgtagger.model.DataFileException(propertiesFile.toString(), k,
              "expected a threshold in (0, 1) but found \"" + p.getProperty(k) + "\"", e);
        }
      }
      return this;
    }

    /** Scoring parameters (default {@link ScoringSettings#DEFAULTS}). */
    public Builder scoring(ScoringSettings scoring) {
      this.scoring = Objects.requireNonNull(scoring, "scoring");
      return this;
    }

    /** Largest text accepted, in chars (default {@value Tagger#DEFAULT_MAX_TEXT_LENGTH}); at least 1. */
    public Builder maxTextLength(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("maxTextLength must be at least 1 but is " + chars);
      }
      this.maxTextLength = chars;
      return this;
    }

    private static boolean isDimension(String code) {
      for (Dimension d : DIMENSIONS) {
        if (d.code().equals(code)) {
          return true;
        }
      }
      return false;
    }

    private static double checkThreshold(String name, double t) {
      if (!(t > 0 && t < 1)) {
        throw new IllegalArgumentException(name + " must be in (0, 1) but is " + t);
      }
      return t;
    }

    /**
     * Loads and compiles the lexicons and builds the tagger.
     *
     * @throws io.github.pgtagger.model.DataFileException when a lexicon file is invalid, naming file and entry
     */
    public Tagger build() {
      for (String code : labelThresholds.keySet()) {
        if (!isDimension(code) && codebook.find(code).isEmpty()) {
          throw new IllegalArgumentException("labelThreshold for unknown code " + code
              + "; dimensions are " + Arrays.toString(Dimension.values()) + ", interpretations " + codebook.codes());
        }
      }
      LexiconLoader loader = new LexiconLoader(aspectSet, codebook);
      Map<Language, List<Lexicon>> byLang = new EnumMap<>(Language.class);
      for (Language l : languages) {
        byLang.put(l, new ArrayList<>());
      }
      Map<Lexicon, PrecompiledLexicon> precompiled = new IdentityHashMap<>();
      if (bundled) {
        for (Language l : languages) {
          byLang.get(l).add(bundledLexicon(l, Scheme.DIMENSIONS, aspectSet == AspectSet.mph2016(),
              new LexiconLoader(aspectSet, Codebook.yaron2021()), precompiled));
          if (codebook.id().equals(Codebook.yaron2021().id())) {
            byLang.get(l).add(bundledLexicon(l, Scheme.INTERPRETATIONS, codebook == Codebook.yaron2021(), loader,
                precompiled));
          }
        }
      }
      List<Lexicon> added = new ArrayList<>(lexiconObjects);
      for (Path p : lexiconFiles) {
        added.add(loader.load(p));
      }
      for (Lexicon lex : added) {
        List<Lexicon> list = byLang.get(lex.language());
        if (list == null) {
          throw new IllegalArgumentException(lex.source() + ": lexicon language " + lex.language()
              + " is not enabled; enabled: " + languages);
        }
        list.add(lex);
      }
      return new Tagger(this, byLang, precompiled);
    }

    /**
     * A bundled lexicon, from its build-time binary when that is valid and the lexicon would be validated against
     * the default aspect set and codebook ({@code defaultData}), else from its JSON.
     */
    private Lexicon bundledLexicon(Language language, Scheme scheme, boolean defaultData, LexiconLoader loader,
        Map<Lexicon, PrecompiledLexicon> precompiled) {
      if (defaultData && usePrecompiled) {
        PrecompiledLexicon p = PrecompiledLexicon.bundled(language, scheme);
        if (p != null) {
          precompiled.put(p.lexicon(), p);
          return p.lexicon();
        }
        Log.LOG.debug("no valid precompiled {} {} lexicon; reading its JSON", language, scheme.fileName());
      }
      return BundledLexicons.load(language, scheme, loader);
    }

    /** Whether bundled data may come from the build-time binaries (default true); for tests of both paths. */
    Builder precompiled(boolean use) {
      this.usePrecompiled = use;
      return this;
    }
  }
}
