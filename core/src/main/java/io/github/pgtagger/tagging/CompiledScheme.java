package io.github.pgtagger.tagging;

import io.github.pgtagger.analysis.ReflectionAnalyzer;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.DataFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The lexicons of one scheme and language compiled for matching: analysed terms become ids in one vocabulary,
 * each key (term or phrase) has postings to the labels and entries it signals, and each (key, label) pair has a
 * Lucene {@link SimScorer}. The "collection" of the BM25 statistics is the label set: a key's document
 * frequency is the number of labels that list it, so a word shared by several labels weighs less. Immutable.
 */
final class CompiledScheme {
  static final int PRONOUN = -2;
  static final int REFLEXIVE = -3;

  /** A label hit of a key: its number in the scheme, which label, how it is scored, and which entries gave it. */
  record LabelHit(int id, int label, float weight, SimScorer scorer, List<EntryRef> entries) {}

  /** A compiled entry with where it came from. */
  record EntryRef(LexiconEntry entry, String source, String term) {}

  /** A term or phrase after analysis. */
  static final class Key {
    final int id;
    final int[] tokens; // term ids, PRON for pronoun wildcards; length 1 for terms
    final int slop;
    final boolean phrase;
    /** For a phrase filed by its first word: its number among those phrases; otherwise -1. */
    int firstWordPhraseIndex = -1;
    final List<LabelHit> hits = new ArrayList<>();
    /** The hits as an array, filled when the scheme is compiled. */
    LabelHit[] hitArray = new LabelHit[0];

    Key(int id, int[] tokens, int slop, boolean phrase) {
      this.id = id;
      this.tokens = tokens;
      this.slop = slop;
      this.phrase = phrase;
    }
  }

  final Scheme scheme;
  final List<String> labels;
  final Key[] termKeyByToken; // token id -> single-term key, or null; ids at or past its length have none
  final Key[] pronounFirstPhrases;
  /**
   * Token id -> the pronoun-first phrases filed under that word, packed as {@code index, n, n other tokens} per
   * phrase (ascending index; the other tokens are the phrase's tokens except the word it is filed under), so
   * that checking whether all words of a phrase occur reads one array.
   */
  final int[][] pronounFirstByWord;
  /**
   * The phrases that start with a word, ordered by first word id and then in scheme order, so that the phrases of
   * one first word are contiguous; {@link Key#firstWordPhraseIndex} is the index here.
   */
  final Key[] firstWordPhrases;
  /** Token id -> the phrases of {@link #firstWordPhrases} filed under that word, packed as in {@link #pronounFirstByWord}. */
  final int[][] firstWordPhrasesByWord;
  final List<Key> keys;
  /** Number of label hits over all keys; their ids run from 0. */
  final int hitCount;

  private CompiledScheme(Scheme scheme, List<String> labels, Key[] termKeyByToken, Key[][] phrasesByFirstToken,
      Key[] pronounFirstPhrases, List<Key> keys, int hitCount, boolean[] stopWord) {
    this.scheme = scheme;
    this.labels = labels;
    this.hitCount = hitCount;
    List<Key> fw = new ArrayList<>();
    for (Key[] list : phrasesByFirstToken) {
      if (list != null) {
        for (Key k : list) {
          k.firstWordPhraseIndex = fw.size();
          fw.add(k);
        }
      }
    }
    this.firstWordPhrases = fw.toArray(new Key[0]);
    // File each phrase under one of its words, so that a text visits only the phrases filed under its own words
    // and keeps those whose words all occur. The word chosen stands in for the rarest in texts: not a stopword,
    // and in the fewest phrases of the scheme.
    int v = termKeyByToken.length;
    long[] cost = new long[v];
    for (Key k : keys) {
      if (k.phrase) {
        for (int t : k.tokens) {
          if (t >= 0) {
            cost[t]++;
          }
        }
      }
    }
    for (int t = 0; t < v; t++) {
      if (t < stopWord.length && stopWord[t]) {
        cost[t] += 1L << 32;
      }
    }
    this.firstWordPhrasesByWord = fileByRarestWord(firstWordPhrases, cost, v);
    this.pronounFirstByWord = fileByRarestWord(pronounFirstPhrases, cost, v);
    this.termKeyByToken = termKeyByToken;
    this.pronounFirstPhrases = pronounFirstPhrases;
    this.keys = keys;
  }

  private static int[][] fileByRarestWord(Key[] phrases, long[] cost, int v) {
    int[] lengths = new int[v];
    int[] filedUnder = new int[phrases.length];
    for (int i = 0; i < phrases.length; i++) {
      int best = -1;
      for (int t : phrases[i].tokens) {
        if (t >= 0 && (best < 0 || cost[t] < cost[best])) {
          best = t;
        }
      }
      if (best < 0) {
        throw new IllegalStateException("phrase without a word: " + Arrays.toString(phrases[i].tokens));
      }
      filedUnder[i] = best;
      lengths[best] += 2 + phrases[i].tokens.length - 1;
    }
    int[][] byWord = new int[v][];
    int[] fill = new int[v];
    for (int i = 0; i < phrases.length; i++) {
      int w = filedUnder[i];
      if (byWord[w] == null) {
        byWord[w] = new int[lengths[w]];
      }
      int[] packed = byWord[w];
      int j = fill[w];
      packed[j++] = i;
      packed[j++] = phrases[i].tokens.length - 1;
      boolean skipped = false;
      for (int t : phrases[i].tokens) {
        if (t == w && !skipped) {
          skipped = true; // the word it is filed under occurs when the list is read
        } else {
          packed[j++] = t;
        }
      }
      fill[w] = j;
    }
    return byWord;
  }

  record Analysed(List<String> tokens, List<Integer> flags) {}

  static Analysed analyse(ReflectionAnalyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    List<Integer> flags = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      FlagsAttribute fl = ts.addAttribute(FlagsAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (pos.getPositionIncrement() > 0) {
          tokens.add(term.toString());
          flags.add(fl.getFlags());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Analysed(tokens, flags);
  }

  /**
   * Compiles the lexicons of one scheme. Analysed terms get ids in {@code vocab}, which the schemes of one language
   * share (so that a text is looked up once for all of them); new terms are added to it.
   */
  static CompiledScheme compile(Scheme scheme, List<String> labels, List<Lexicon> lexicons,
      ReflectionAnalyzer analyzer, ScoringSettings scoring, Map<String, Integer> vocab) {
    Map<String, Integer> labelIndex = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      labelIndex.put(labels.get(i), i);
    }
    Map<String, Key> keysBySignature = new LinkedHashMap<>();
    List<Integer> stopIds = new ArrayList<>();
    // key -> label -> (max weight, entries)
    Map<Key, Map<Integer, float[]>> weights = new LinkedHashMap<>();
    Map<Key, Map<Integer, List<EntryRef>>> refs = new LinkedHashMap<>();

    for (Lexicon lexicon : lexicons) {
      List<LexiconEntry> entries = lexicon.entries();
      for (int i = 0; i < entries.size(); i++) {
        LexiconEntry e = entries.get(i);
        String where = "entries[" + i + "] (id \"" + e.id() + "\")";
        Integer label = labelIndex.get(e.label());
        if (label == null) {
          throw new DataFileException(lexicon.source(), where,
              "unknown label \"" + e.label() + "\"; expected one of " + labels);
        }
        List<String> expressions = new ArrayList<>(e.terms());
        expressions.addAll(e.phrases());
        for (int x = 0; x < expressions.size(); x++) {
          String expr = expressions.get(x);
          boolean writtenAsPhrase = x >= e.terms().size();
          Analysed a = analyse(analyzer, expr);
          if (a.tokens().isEmpty()) {
            throw new DataFileException(lexicon.source(), where,
                "\"" + expr + "\" contains no word after analysis; use letters or digits");
          }
          boolean phrase = a.tokens().size() > 1;
          if (!phrase && (a.flags().get(0) & ReflectionAnalyzer.FLAG_STOP) != 0) {
            throw new DataFileException(lexicon.source(), where, "\"" + expr
                + "\" is a stopword of " + lexicon.language() + " and would never match on its own;"
                + " use it inside a phrase");
          }
          if (phrase && allStopwords(a)) {
            throw new DataFileException(lexicon.source(), where, "phrase \"" + expr
                + "\" consists only of stopwords and pronouns; add a content word");
          }
          int[] ids = new int[a.tokens().size()];
          StringBuilder sig = new StringBuilder(phrase ? "P" : "T");
          for (int t = 0; t < ids.length; t++) {
            int fl = a.flags().get(t);
            if (phrase && (fl & ReflectionAnalyzer.FLAG_REFLEXIVE) != 0) {
              ids[t] = REFLEXIVE;
            } else if (phrase && (fl & ReflectionAnalyzer.FLAG_PRONOUN) != 0) {
              ids[t] = PRONOUN;
            } else {
              ids[t] = vocab.computeIfAbsent(a.tokens().get(t), k -> vocab.size());
              if ((fl & ReflectionAnalyzer.FLAG_STOP) != 0) {
                stopIds.add(ids[t]);
              }
            }
            sig.append(' ').append(ids[t]);
          }
          int slop = phrase ? (writtenAsPhrase ? e.slop() : 0) : 0;
          sig.append(" /").append(slop);
          Key key = keysBySignature.computeIfAbsent(sig.toString(),
              s -> new Key(keysBySignature.size(), ids, slop, phrase));
          float w = (float) (e.weight() * (phrase ? scoring.phraseBoost() : 1.0));
          float[] max = weights.computeIfAbsent(key, k -> new LinkedHashMap<>())
              .computeIfAbsent(label, l -> new float[] {0f});
          max[0] = Math.max(max[0], w);
          List<EntryRef> list = refs.computeIfAbsent(key, k -> new LinkedHashMap<>())
              .computeIfAbsent(label, l -> new ArrayList<>());
          if (list.stream().noneMatch(r -> r.entry() == e)) {
            list.add(new EntryRef(e, lexicon.source(), expr));
          }
        }
      }
    }

    BM25Similarity sim = new BM25Similarity(scoring.k1(), scoring.b());
    int n = Math.max(1, labels.size());
    long sumTtf = Math.max(n, Math.round(scoring.expectedTextLength() * n));
    CollectionStatistics coll = new CollectionStatistics("labels", n, n, sumTtf, n);
    List<Key> keys = new ArrayList<>(keysBySignature.values());
    int hitId = 0;
    // a scorer depends only on the weight and the document frequency (and holds a 256-entry cache): share them
    Map<Long, SimScorer> scorers = new HashMap<>();
    for (Key key : keys) {
      Map<Integer, float[]> byLabel = weights.get(key);
      int df = byLabel.size();
      for (Map.Entry<Integer, float[]> le : byLabel.entrySet()) {
        float w = le.getValue()[0];
        SimScorer scorer = scorers.computeIfAbsent(((long) Float.floatToIntBits(w) << 32) | df,
            k -> sim.scorer(w, coll, new TermStatistics(new BytesRef("df" + df), df, df)));
        key.hits.add(new LabelHit(hitId++, le.getKey(), w, scorer, List.copyOf(refs.get(key).get(le.getKey()))));
      }
      key.hitArray = key.hits.toArray(new LabelHit[0]);
    }

    int v = vocab.size();
    Key[] termKeys = new Key[v];
    List<List<Key>> byFirst = new ArrayList<>(v);
    for (int i = 0; i < v; i++) {
      byFirst.add(null);
    }
    List<Key> pronFirst = new ArrayList<>();
    for (Key key : keys) {
      if (!key.phrase) {
        termKeys[key.tokens[0]] = key;
      } else if (key.tokens[0] < 0) {
        pronFirst.add(key);
      } else {
        List<Key> l = byFirst.get(key.tokens[0]);
        if (l == null) {
          l = new ArrayList<>();
          byFirst.set(key.tokens[0], l);
        }
        l.add(key);
      }
    }
    Key[][] phrases = new Key[v][];
    for (int i = 0; i < v; i++) {
      List<Key> l = byFirst.get(i);
      phrases[i] = l == null ? null : l.toArray(new Key[0]);
    }
    boolean[] stopWord = new boolean[v];
    for (int id : stopIds) {
      stopWord[id] = true;
    }
    return new CompiledScheme(scheme, List.copyOf(labels), termKeys, phrases, pronFirst.toArray(new Key[0]),
        List.copyOf(keys), hitId, stopWord);
  }

  /** A sparse lookup table of a vocabulary: term to id. */
  static CharArrayMap<Integer> lookupTable(Map<String, Integer> vocab) {
    CharArrayMap<Integer> table = new CharArrayMap<>(Math.max(16, 4 * vocab.size()), false);
    vocab.forEach(table::put);
    return CharArrayMap.unmodifiableMap(table);
  }

  private static boolean allStopwords(Analysed a) {
    for (int f : a.flags()) {
      if ((f & ReflectionAnalyzer.FLAG_STOP) == 0) {
        return false;
      }
    }
    return true;
  }
}
