package io.github.pgtagger.tagging;

import io.github.pgtagger.analysis.ReflectionAnalyzer;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.DataFileException;
import io.github.pgtagger.internal.TokenForms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
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

  /** A scheme as {@link #compile} made it, read back from a binary ({@link CompiledDefaults}). */
  CompiledScheme(Scheme scheme, List<String> labels, Key[] termKeyByToken, Key[] pronounFirstPhrases,
      int[][] pronounFirstByWord, Key[] firstWordPhrases, int[][] firstWordPhrasesByWord, List<Key> keys,
      int hitCount) {
    this.scheme = scheme;
    this.labels = labels;
    this.termKeyByToken = termKeyByToken;
    this.pronounFirstPhrases = pronounFirstPhrases;
    this.pronounFirstByWord = pronounFirstByWord;
    this.firstWordPhrases = firstWordPhrases;
    this.firstWordPhrasesByWord = firstWordPhrasesByWord;
    this.keys = keys;
    this.hitCount = hitCount;
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

  /**
   * Compiles the lexicons of one scheme. Analysed terms get ids in {@code vocab}, which the schemes of one language
   * share (so that a text is looked up once for all of them); new terms are added to it. {@code forms} holds, for
   * each lexicon, the analysed forms of its expressions made by an analyzer like {@code analyzer} (per entry, terms
   * then phrases), or null to analyse them here.
   */
  static CompiledScheme compile(Scheme scheme, List<String> labels, List<Lexicon> lexicons,
      List<TokenForms[][]> forms, ReflectionAnalyzer analyzer, ScoringSettings scoring, Map<String, Integer> vocab) {
    Map<String, Integer> labelIndex = new HashMap<>(2 * labels.size());
    for (int i = 0; i < labels.size(); i++) {
      labelIndex.put(labels.get(i), i);
    }
    int expected = 16;
    for (Lexicon lexicon : lexicons) {
      expected += 2 * lexicon.entries().size();
    }
    Collector collector = new Collector(expected, vocab, scoring.phraseBoost());
    List<Key> keys = collector.keys;
    List<List<LabelAcc>> accs = collector.accs;

    for (int li = 0; li < lexicons.size(); li++) {
      Lexicon lexicon = lexicons.get(li);
      TokenForms[][] lexForms = forms == null ? null : forms.get(li);
      List<LexiconEntry> entries = lexicon.entries();
      for (int i = 0; i < entries.size(); i++) {
        LexiconEntry e = entries.get(i);
        Integer label = labelIndex.get(e.label());
        if (label == null) {
          throw new DataFileException(lexicon.source(), where(i, e),
              "unknown label \"" + e.label() + "\"; expected one of " + labels);
        }
        List<String> terms = e.terms();
        List<String> phrases = e.phrases();
        int count = terms.size() + phrases.size();
        for (int x = 0; x < count; x++) {
          boolean writtenAsPhrase = x >= terms.size();
          String expr = writtenAsPhrase ? phrases.get(x - terms.size()) : terms.get(x);
          TokenForms a = lexForms != null ? lexForms[i][x] : TokenForms.analyse(analyzer, expr);
          collector.add(lexicon, i, e, label, writtenAsPhrase, expr, a);
        }
      }
    }

    Scorers scorers = new Scorers(scoring, labels.size());
    int hitId = 0;
    for (Key key : keys) {
      List<LabelAcc> byLabel = accs.get(key.id);
      int df = byLabel.size();
      for (LabelAcc acc : byLabel) {
        float w = acc.max;
        key.hits.add(new LabelHit(hitId++, acc.label, w, scorers.get(w, df), List.copyOf(acc.refs)));
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
    for (int id : collector.stopIds) {
      stopWord[id] = true;
    }
    return new CompiledScheme(scheme, List.copyOf(labels), termKeys, phrases, pronFirst.toArray(new Key[0]),
        List.copyOf(keys), hitId, stopWord);
  }

  /** The BM25 scorers of a scheme; a scorer depends only on the weight and the document frequency (and holds a
   * 256-entry cache), so they are shared. */
  static final class Scorers {
    private final BM25Similarity sim;
    private final CollectionStatistics coll;
    private final Map<Long, SimScorer> byKey = new HashMap<>();

    Scorers(ScoringSettings scoring, int labelCount) {
      this.sim = new BM25Similarity(scoring.k1(), scoring.b());
      int n = Math.max(1, labelCount);
      long sumTtf = Math.max(n, Math.round(scoring.expectedTextLength() * n));
      this.coll = new CollectionStatistics("labels", n, n, sumTtf, n);
    }

    SimScorer get(float w, int df) {
      Long scorerKey = ((long) Float.floatToIntBits(w) << 32) | df;
      SimScorer scorer = byKey.get(scorerKey);
      if (scorer == null) {
        scorer = sim.scorer(w, coll, new TermStatistics(new BytesRef("df" + df), df, df));
        byKey.put(scorerKey, scorer);
      }
      return scorer;
    }
  }

  /** A sparse lookup table of a vocabulary given as its words in id order. */
  static CharArrayMap<Integer> lookupTable(String[] words) {
    CharArrayMap<Integer> table = new CharArrayMap<>(Math.max(16, 4 * words.length), false);
    for (int i = 0; i < words.length; i++) {
      table.put(words[i], Integer.valueOf(i));
    }
    return CharArrayMap.unmodifiableMap(table);
  }

  /** A sparse lookup table of a vocabulary: term to id. */
  static CharArrayMap<Integer> lookupTable(Map<String, Integer> vocab) {
    CharArrayMap<Integer> table = new CharArrayMap<>(Math.max(16, 4 * vocab.size()), false);
    vocab.forEach(table::put);
    return CharArrayMap.unmodifiableMap(table);
  }

  /**
   * Collects the keys of the expressions while compiling; one method per expression, so that it is compiled by the
   * JIT early in a start-up that otherwise runs interpreted.
   */
  private static final class Collector {
    final Map<Signature, Key> bySignature;
    final List<Key> keys;
    /** Per key (by id): per label, in order of first occurrence, the max weight and the entries. */
    final List<List<LabelAcc>> accs;
    final Map<String, Integer> vocab;
    final double phraseBoost;
    /** Word ids of stopwords inside phrases (may repeat). */
    final List<Integer> stopIds = new ArrayList<>();
    /** Word id -> the key of that single term, or null. */
    Key[] termKeys = new Key[256];

    Collector(int expected, Map<String, Integer> vocab, double phraseBoost) {
      this.bySignature = new HashMap<>(2 * expected);
      this.keys = new ArrayList<>(expected);
      this.accs = new ArrayList<>(expected);
      this.vocab = vocab;
      this.phraseBoost = phraseBoost;
    }

    private Key newKey(int[] ids, int slop, boolean phrase) {
      Key key = new Key(keys.size(), ids, slop, phrase);
      keys.add(key);
      accs.add(new ArrayList<>(2));
      return key;
    }

    void add(Lexicon lexicon, int i, LexiconEntry e, int label, boolean writtenAsPhrase, String expr,
        TokenForms a) {
      String[] tokens = a.tokens();
      int[] flags = a.flags();
      if (tokens.length == 0) {
        throw new DataFileException(lexicon.source(), where(i, e),
            "\"" + expr + "\" contains no word after analysis; use letters or digits");
      }
      boolean phrase = tokens.length > 1;
      if (!phrase && (flags[0] & ReflectionAnalyzer.FLAG_STOP) != 0) {
        throw new DataFileException(lexicon.source(), where(i, e), "\"" + expr
            + "\" is a stopword of " + lexicon.language() + " and would never match on its own;"
            + " use it inside a phrase");
      }
      if (phrase && allStopwords(flags)) {
        throw new DataFileException(lexicon.source(), where(i, e), "phrase \"" + expr
            + "\" consists only of stopwords and pronouns; add a content word");
      }
      int[] ids = new int[tokens.length];
      for (int t = 0; t < ids.length; t++) {
        int fl = flags[t];
        if (phrase && (fl & ReflectionAnalyzer.FLAG_REFLEXIVE) != 0) {
          ids[t] = REFLEXIVE;
        } else if (phrase && (fl & ReflectionAnalyzer.FLAG_PRONOUN) != 0) {
          ids[t] = PRONOUN;
        } else {
          Integer id = vocab.get(tokens[t]);
          if (id == null) {
            id = vocab.size();
            vocab.put(tokens[t], id);
          }
          ids[t] = id;
          if ((fl & ReflectionAnalyzer.FLAG_STOP) != 0) {
            stopIds.add(id);
          }
        }
      }
      int slop = phrase ? (writtenAsPhrase ? e.slop() : 0) : 0;
      Key key;
      if (phrase) {
        Signature sig = new Signature(ids, slop, true);
        key = bySignature.get(sig);
        if (key == null) {
          key = newKey(ids, slop, true);
          bySignature.put(sig, key);
        }
      } else {
        // a single term: its key is found by its word id
        int id = ids[0];
        if (id >= termKeys.length) {
          termKeys = Arrays.copyOf(termKeys, Math.max(2 * termKeys.length, id + 1));
        }
        key = termKeys[id];
        if (key == null) {
          key = newKey(ids, 0, false);
          termKeys[id] = key;
        }
      }
      float w = (float) (e.weight() * (phrase ? phraseBoost : 1.0));
      List<LabelAcc> byLabel = accs.get(key.id);
      LabelAcc acc = null;
      for (int k = 0; k < byLabel.size(); k++) {
        if (byLabel.get(k).label == label) {
          acc = byLabel.get(k);
          break;
        }
      }
      if (acc == null) {
        acc = new LabelAcc(label);
        byLabel.add(acc);
      }
      acc.max = Math.max(acc.max, w);
      boolean known = false;
      for (int k = 0; k < acc.refs.size(); k++) {
        if (acc.refs.get(k).entry() == e) {
          known = true;
          break;
        }
      }
      if (!known) {
        acc.refs.add(new EntryRef(e, lexicon.source(), expr));
      }
    }
  }

  /** The place of an entry in messages. */
  private static String where(int index, LexiconEntry e) {
    return "entries[" + index + "] (id \"" + e.id() + "\")";
  }

  /** A key's weight and entries for one label while compiling. */
  private static final class LabelAcc {
    final int label;
    float max;
    final List<EntryRef> refs = new ArrayList<>(1);

    LabelAcc(int label) {
      this.label = label;
    }
  }

  /** What makes two expressions the same key. */
  private static final class Signature {
    final int[] ids;
    final int slop;
    final boolean phrase;
    final int hash;

    Signature(int[] ids, int slop, boolean phrase) {
      this.ids = ids;
      this.slop = slop;
      this.phrase = phrase;
      this.hash = (Arrays.hashCode(ids) * 31 + slop) * 2 + (phrase ? 1 : 0);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signature s && s.hash == hash && s.slop == slop && s.phrase == phrase
          && Arrays.equals(s.ids, ids);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static boolean allStopwords(int[] flags) {
    for (int f : flags) {
      if ((f & ReflectionAnalyzer.FLAG_STOP) == 0) {
        return false;
      }
    }
    return true;
  }
}
