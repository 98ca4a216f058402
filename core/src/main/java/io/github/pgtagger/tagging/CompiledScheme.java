package io.github.pgtagger.tagging;

import io.github.pgtagger.analysis.ReflectionAnalyzer;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.DataFileException;
import io.github.pgtagger.internal.TokenForms;
import io.github.pgtagger.internal.WordTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** A term or phrase after analysis, with its label hits. Immutable (safe to publish without a lock). */
  static final class Key {
    final int id;
    final int[] tokens; // term ids, PRON for pronoun wildcards; length 1 for terms
    final int slop;
    final boolean phrase;
    /** For a phrase filed by its first word: its number among those phrases; otherwise -1. */
    final int firstWordPhraseIndex;
    /** The label hits of this key. */
    final LabelHit[] hitArray;

    Key(int id, int[] tokens, int slop, boolean phrase, int firstWordPhraseIndex, LabelHit[] hitArray) {
      this.id = id;
      this.tokens = tokens;
      this.slop = slop;
      this.phrase = phrase;
      this.firstWordPhraseIndex = firstWordPhraseIndex;
      this.hitArray = hitArray;
    }
  }

  /** Reads a key of a stored scheme when it is first needed ({@link CompiledDefaults}). */
  interface KeyReader {
    /** The key with this id; called at most once per id, under the scheme's lock. */
    Key read(int id);
  }

  final Scheme scheme;
  final List<String> labels;
  /** Token id -> the id of its single-term key, or -1; ids at or past its length have none. */
  final int[] termKeyIdByToken;
  /** The key ids of the phrases that start with a pronoun or reflexive, in scheme order. */
  final int[] pronounFirstKeyIds;
  /**
   * Token id -> the pronoun-first phrases filed under that word, packed as {@code index, n, n other tokens} per
   * phrase (ascending index into {@link #pronounFirstKeyIds}; the other tokens are the phrase's tokens except the
   * word it is filed under), so that checking whether all words of a phrase occur reads one array.
   */
  final int[][] pronounFirstByWord;
  /**
   * The key ids of the phrases that start with a word, ordered by first word id and then in scheme order, so that
   * the phrases of one first word are contiguous; {@link Key#firstWordPhraseIndex} is the index here.
   */
  final int[] firstWordKeyIds;
  /** The first word of each phrase of {@link #firstWordKeyIds}. */
  final int[] firstWordFirstToken;
  /** Token id -> the phrases of {@link #firstWordKeyIds} filed under that word, packed as in {@link #pronounFirstByWord}. */
  final int[][] firstWordPhrasesByWord;
  /** Number of label hits over all keys; their ids run from 0. */
  final int hitCount;
  /** The keys by id: all of them when compiled; when read from a binary, each once it is first needed. */
  private final Key[] keys;
  /** Reads the keys not read yet, or null when all are there. */
  private final KeyReader reader;

  /** A scheme with every key given (compiled here). */
  private CompiledScheme(Scheme scheme, List<String> labels, Key[] keys, int vocabularySize, int hitCount,
      boolean[] stopWord) {
    this.scheme = scheme;
    this.labels = labels;
    this.hitCount = hitCount;
    this.keys = keys;
    this.reader = null;
    int v = vocabularySize;
    int[] terms = new int[v];
    Arrays.fill(terms, -1);
    List<Integer> pronounFirst = new ArrayList<>();
    int firstWordCount = 0;
    for (Key k : keys) {
      if (!k.phrase) {
        terms[k.tokens[0]] = k.id;
      } else if (k.tokens[0] < 0) {
        pronounFirst.add(k.id);
      } else {
        firstWordCount++;
      }
    }
    int[] fw = new int[firstWordCount];
    int[] fwFirst = new int[firstWordCount];
    for (Key k : keys) {
      if (k.firstWordPhraseIndex >= 0) {
        fw[k.firstWordPhraseIndex] = k.id;
        fwFirst[k.firstWordPhraseIndex] = k.tokens[0];
      }
    }
    int[] pf = new int[pronounFirst.size()];
    for (int i = 0; i < pf.length; i++) {
      pf[i] = pronounFirst.get(i);
    }
    this.termKeyIdByToken = terms;
    this.pronounFirstKeyIds = pf;
    this.firstWordKeyIds = fw;
    this.firstWordFirstToken = fwFirst;
    // File each phrase under one of its words, so that a text visits only the phrases filed under its own words
    // and keeps those whose words all occur. The word chosen stands in for the rarest in texts: not a stopword,
    // and in the fewest phrases of the scheme.
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
    this.firstWordPhrasesByWord = fileByRarestWord(tokensOf(keys, fw), cost, v);
    this.pronounFirstByWord = fileByRarestWord(tokensOf(keys, pf), cost, v);
  }

  /** A scheme as {@link #compile} made it, read back from a binary ({@link CompiledDefaults}): keys on demand. */
  CompiledScheme(Scheme scheme, List<String> labels, int[] termKeyIdByToken, int[] pronounFirstKeyIds,
      int[][] pronounFirstByWord, int[] firstWordKeyIds, int[] firstWordFirstToken, int[][] firstWordPhrasesByWord,
      int keyCount, int hitCount, KeyReader reader) {
    this.scheme = scheme;
    this.labels = labels;
    this.termKeyIdByToken = termKeyIdByToken;
    this.pronounFirstKeyIds = pronounFirstKeyIds;
    this.pronounFirstByWord = pronounFirstByWord;
    this.firstWordKeyIds = firstWordKeyIds;
    this.firstWordFirstToken = firstWordFirstToken;
    this.firstWordPhrasesByWord = firstWordPhrasesByWord;
    this.keys = new Key[keyCount];
    this.hitCount = hitCount;
    this.reader = reader;
  }

  /** Number of keys. */
  int keyCount() {
    return keys.length;
  }

  /**
   * The key with this id. A key of a stored scheme is read the first time any thread asks for it; a key is
   * immutable with final fields, so a thread that sees it in the array without the lock sees it whole.
   */
  Key key(int id) {
    Key k = keys[id];
    return k != null ? k : readKey(id);
  }

  private synchronized Key readKey(int id) {
    Key k = keys[id];
    if (k == null) {
      k = reader.read(id);
      keys[id] = k;
    }
    return k;
  }

  private static int[][] tokensOf(Key[] keys, int[] ids) {
    int[][] out = new int[ids.length][];
    for (int i = 0; i < ids.length; i++) {
      out[i] = keys[ids[i]].tokens;
    }
    return out;
  }

  private static int[][] fileByRarestWord(int[][] phrases, long[] cost, int v) {
    int[] lengths = new int[v];
    int[] filedUnder = new int[phrases.length];
    for (int i = 0; i < phrases.length; i++) {
      int best = -1;
      for (int t : phrases[i]) {
        if (t >= 0 && (best < 0 || cost[t] < cost[best])) {
          best = t;
        }
      }
      if (best < 0) {
        throw new IllegalStateException("phrase without a word: " + Arrays.toString(phrases[i]));
      }
      filedUnder[i] = best;
      lengths[best] += 2 + phrases[i].length - 1;
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
      packed[j++] = phrases[i].length - 1;
      boolean skipped = false;
      for (int t : phrases[i]) {
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
    List<Draft> keys = collector.keys;
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
    int v = vocab.size();
    // the phrases that start with a word get numbers ordered by that word, then in scheme order
    int[] firstWordIndex = new int[keys.size()];
    Arrays.fill(firstWordIndex, -1);
    int[] perWord = new int[v + 1];
    for (Draft d : keys) {
      if (d.phrase && d.tokens[0] >= 0) {
        perWord[d.tokens[0] + 1]++;
      }
    }
    for (int t = 0; t < v; t++) {
      perWord[t + 1] += perWord[t];
    }
    for (Draft d : keys) {
      if (d.phrase && d.tokens[0] >= 0) {
        firstWordIndex[d.id] = perWord[d.tokens[0]]++;
      }
    }
    Key[] done = new Key[keys.size()];
    int hitId = 0;
    for (Draft d : keys) {
      List<LabelAcc> byLabel = accs.get(d.id);
      int df = byLabel.size();
      LabelHit[] hits = new LabelHit[df];
      for (int h = 0; h < df; h++) {
        LabelAcc acc = byLabel.get(h);
        float w = acc.max;
        hits[h] = new LabelHit(hitId++, acc.label, w, scorers.get(w, df), List.copyOf(acc.refs));
      }
      done[d.id] = new Key(d.id, d.tokens, d.slop, d.phrase, firstWordIndex[d.id], hits);
    }
    boolean[] stopWord = new boolean[v];
    for (int id : collector.stopIds) {
      stopWord[id] = true;
    }
    return new CompiledScheme(scheme, List.copyOf(labels), done, v, hitId, stopWord);
  }

  /** The BM25 scorers of a scheme; a scorer depends only on the weight and the document frequency (and holds a
   * 256-entry cache), so they are shared. */
  static final class Scorers {
    /** The term of the statistics: BM25 uses only its frequencies. */
    private static final BytesRef TERM = new BytesRef(new byte[] {'l'});
    private final BM25Similarity sim;
    private final CollectionStatistics coll;
    /** Open-addressing table of the scorers made so far, keyed by weight bits and document frequency. */
    private long[] keys = new long[256];
    private SimScorer[] values = new SimScorer[256];
    private int size;

    Scorers(ScoringSettings scoring, int labelCount) {
      this.sim = new BM25Similarity(scoring.k1(), scoring.b());
      int n = Math.max(1, labelCount);
      long sumTtf = Math.max(n, Math.round(scoring.expectedTextLength() * n));
      this.coll = new CollectionStatistics("labels", n, n, sumTtf, n);
    }

    SimScorer get(float w, int df) {
      long key = ((long) Float.floatToIntBits(w) << 32) | df;
      int mask = keys.length - 1;
      int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
      while (values[slot] != null) {
        if (keys[slot] == key) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      SimScorer scorer = sim.scorer(w, coll, new TermStatistics(TERM, df, df));
      keys[slot] = key;
      values[slot] = scorer;
      if (++size * 2 > keys.length) {
        grow();
      }
      return scorer;
    }

    private void grow() {
      long[] oldKeys = keys;
      SimScorer[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new SimScorer[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] != null) {
          int slot = Long.hashCode(oldKeys[i] * 0x9E3779B97F4A7C15L) & mask;
          while (values[slot] != null) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          values[slot] = oldValues[i];
        }
      }
    }
  }

  /** The lookup table of a vocabulary: term to id (ids run from 0 in insertion order). */
  static WordTable lookupTable(Map<String, Integer> vocab) {
    WordTable.Builder table = new WordTable.Builder(vocab.size());
    for (Map.Entry<String, Integer> e : vocab.entrySet()) {
      if (table.add(e.getKey()) != e.getValue()) {
        throw new IllegalStateException("vocabulary ids not in insertion order at " + e);
      }
    }
    return table.build();
  }

  /**
   * Collects the keys of the expressions while compiling; one method per expression, so that it is compiled by the
   * JIT early in a start-up that otherwise runs interpreted.
   */
  private static final class Collector {
    final Map<Signature, Draft> bySignature;
    final List<Draft> keys;
    /** Per key (by id): per label, in order of first occurrence, the max weight and the entries. */
    final List<List<LabelAcc>> accs;
    final Map<String, Integer> vocab;
    final double phraseBoost;
    /** Word ids of stopwords inside phrases (may repeat). */
    final List<Integer> stopIds = new ArrayList<>();
    /** Word id -> the key of that single term, or null. */
    Draft[] termKeys = new Draft[256];

    Collector(int expected, Map<String, Integer> vocab, double phraseBoost) {
      this.bySignature = new HashMap<>(2 * expected);
      this.keys = new ArrayList<>(expected);
      this.accs = new ArrayList<>(expected);
      this.vocab = vocab;
      this.phraseBoost = phraseBoost;
    }

    private Draft newDraft(int[] ids, int slop, boolean phrase) {
      Draft key = new Draft(keys.size(), ids, slop, phrase);
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
      Draft key;
      if (phrase) {
        Signature sig = new Signature(ids, slop, true);
        key = bySignature.get(sig);
        if (key == null) {
          key = newDraft(ids, slop, true);
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
          key = newDraft(ids, 0, false);
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

  /** A key while compiling. */
  private static final class Draft {
    final int id;
    final int[] tokens;
    final int slop;
    final boolean phrase;

    Draft(int id, int[] tokens, int slop, boolean phrase) {
      this.id = id;
      this.tokens = tokens;
      this.slop = slop;
      this.phrase = phrase;
    }
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
