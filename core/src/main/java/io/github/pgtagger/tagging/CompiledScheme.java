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
  final Key[][] phrasesByFirstToken; // token id -> phrases starting with it; same length as termKeyByToken
  final Key[] pronounFirstPhrases;
  /** Token id -> ascending indexes into {@link #pronounFirstPhrases} of the phrases whose first word id it is. */
  final int[][] pronounFirstByWord;
  /** The phrases of {@link #phrasesByFirstToken}, by {@link Key#firstWordPhraseIndex}. */
  final Key[] firstWordPhrases;
  /** Token id -> those phrases (by index) filed under it: their later word that occurs in the fewest phrases. */
  final int[][] firstWordPhrasesByLaterWord;
  /** Those phrases (by index) with no word id after the first token (only pronouns follow). */
  final int[] firstWordPhrasesWithoutLaterWord;
  final List<Key> keys;
  /** Number of label hits over all keys; their ids run from 0. */
  final int hitCount;

  private CompiledScheme(Scheme scheme, List<String> labels, Key[] termKeyByToken, Key[][] phrasesByFirstToken,
      Key[] pronounFirstPhrases, List<Key> keys, int hitCount) {
    this.scheme = scheme;
    this.labels = labels;
    this.hitCount = hitCount;
    int v = termKeyByToken.length;
    int[] firstWord = new int[pronounFirstPhrases.length];
    for (int i = 0; i < pronounFirstPhrases.length; i++) {
      firstWord[i] = -1;
      for (int t : pronounFirstPhrases[i].tokens) {
        if (t >= 0) {
          firstWord[i] = t;
          break;
        }
      }
    }
    this.pronounFirstByWord = group(v, firstWord);
    int fwCount = 0;
    for (Key[] list : phrasesByFirstToken) {
      if (list != null) {
        fwCount += list.length;
      }
    }
    Key[] fw = new Key[fwCount];
    int f = 0;
    for (Key[] list : phrasesByFirstToken) {
      if (list != null) {
        for (Key k : list) {
          k.firstWordPhraseIndex = f;
          fw[f++] = k;
        }
      }
    }
    this.firstWordPhrases = fw;
    // file each phrase under its later word that occurs in the fewest phrases (a stand-in for the rarest word)
    int[] phraseWordCount = new int[v];
    for (Key k : firstWordPhrases) {
      for (int t : k.tokens) {
        if (t >= 0) {
          phraseWordCount[t]++;
        }
      }
    }
    int[] laterWord = new int[fw.length];
    int withoutCount = 0;
    for (Key k : firstWordPhrases) {
      int later = -1;
      for (int t = 1; t < k.tokens.length; t++) {
        int w = k.tokens[t];
        if (w >= 0 && (later < 0 || phraseWordCount[w] < phraseWordCount[later])) {
          later = w;
        }
      }
      laterWord[k.firstWordPhraseIndex] = later;
      if (later < 0) {
        withoutCount++;
      }
    }
    this.firstWordPhrasesByLaterWord = group(v, laterWord);
    int[] without = new int[withoutCount];
    int w = 0;
    for (int i = 0; i < laterWord.length; i++) {
      if (laterWord[i] < 0) {
        without[w++] = i;
      }
    }
    this.firstWordPhrasesWithoutLaterWord = without;
    this.termKeyByToken = termKeyByToken;
    this.phrasesByFirstToken = phrasesByFirstToken;
    this.pronounFirstPhrases = pronounFirstPhrases;
    this.keys = keys;
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

    BM25Similarity sim = new BM25Similarity(scoring.k1(), scoring.b());
    int n = Math.max(1, labels.size());
    long sumTtf = Math.max(n, Math.round(scoring.expectedTextLength() * n));
    CollectionStatistics coll = new CollectionStatistics("labels", n, n, sumTtf, n);
    int hitId = 0;
    // a scorer depends only on the weight and the document frequency (and holds a 256-entry cache): share them
    Map<Long, SimScorer> scorers = new HashMap<>();
    for (Key key : keys) {
      List<LabelAcc> byLabel = accs.get(key.id);
      int df = byLabel.size();
      for (LabelAcc acc : byLabel) {
        float w = acc.max;
        Long scorerKey = ((long) Float.floatToIntBits(w) << 32) | df;
        SimScorer scorer = scorers.get(scorerKey);
        if (scorer == null) {
          scorer = sim.scorer(w, coll, new TermStatistics(new BytesRef("df" + df), df, df));
          scorers.put(scorerKey, scorer);
        }
        key.hits.add(new LabelHit(hitId++, acc.label, w, scorer, List.copyOf(acc.refs)));
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
    return new CompiledScheme(scheme, List.copyOf(labels), termKeys, phrases, pronFirst.toArray(new Key[0]),
        List.copyOf(keys), hitId);
  }

  /** For items 0..n-1 in group {@code g[i]} (-1: none): per group, its items in ascending order, or null if none. */
  private static int[][] group(int groups, int[] g) {
    int[] count = new int[groups];
    for (int x : g) {
      if (x >= 0) {
        count[x]++;
      }
    }
    int[][] out = new int[groups][];
    for (int i = 0; i < groups; i++) {
      if (count[i] > 0) {
        out[i] = new int[count[i]];
        count[i] = 0;
      }
    }
    for (int i = 0; i < g.length; i++) {
      int x = g[i];
      if (x >= 0) {
        out[x][count[x]++] = i;
      }
    }
    return out;
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
