package io.github.pgtagger.tagging;

import io.github.pgtagger.analysis.ReflectionAnalyzer;
import java.util.Arrays;

/**
 * One analysis pass over a text, kept as flat arrays with each token's vocabulary id looked up as it streams by,
 * and the matching of compiled schemes against it. Also holds the scratch arrays of the scoring, so that a call
 * allocates little beyond its result. An instance serves one call at a time on one thread: {@link #acquire}
 * hands out a per-thread instance that is reused from call to call.
 */
final class TextMatcher implements WordAnalysisCache.Sink {
  /** Tokens searched backwards for a negation cue. */
  static final int NEGATION_WINDOW = 3;
  /** Tokens above which a per-thread instance is not kept after a call (a rare long text keeps no big arrays). */
  static final int MAX_RETAINED_TOKENS = 4096;
  private static final int INITIAL_TOKENS = 64;
  private static final ThreadLocal<TextMatcher> PER_THREAD = new ThreadLocal<>();

  String text;
  int size;
  int[] flags = new int[INITIAL_TOKENS];
  int[] pos = new int[INITIAL_TOKENS];
  int[] start = new int[INITIAL_TOKENS];
  int[] end = new int[INITIAL_TOKENS];
  int[] ids = new int[INITIAL_TOKENS];
  int positions;
  private int currentPosition;
  int[] posFirst = new int[INITIAL_TOKENS + 1];
  int contentPositions;
  /** Whether a first- or second-person word occurs (the writer speaks about themselves). */
  boolean personal;
  /** Which vocabulary ids occur in the text (cleared on release), and whether any pronoun or reflexive does. */
  boolean[] present = new boolean[256];
  boolean anyPronoun;
  boolean anyReflexive;
  /** Scratch: the candidate phrases of the current text, as indexes into the scheme's phrase arrays. */
  int[] candidateIndexes = new int[16];
  int[] fwCandidates = new int[16];
  /** Scratch: the first word id of each of {@link #fwCandidates}. */
  int[] fwFirstWord = new int[16];
  /** Scratch: the number of pronoun-first candidates of the current text ({@link #candidateIndexes}). */
  int pronounCandidates;
  /** The distinct vocabulary ids of the text in order of first occurrence (the first {@link #distinctCount}). */
  int[] distinctIds = new int[INITIAL_TOKENS];
  int distinctCount;

  /** Matches of the scheme last matched; the first {@link #matchCount} are valid. */
  Match[] matches = new Match[16];
  int matchCount;

  /**
   * Scoring scratch: the (match, label hit) pairs of one scheme with their label, span and weight, chained per
   * label in insertion order ({@link #pairNext}, {@link #labelFirst}, {@link #labelLast}); the kept pairs of one
   * label; and a count per label hit id with the ids in order of first use.
   */
  int[] pairMatch = new int[16];
  CompiledScheme.LabelHit[] pairHit = new CompiledScheme.LabelHit[16];
  int[] pairStart = new int[16];
  int[] pairEnd = new int[16];
  float[] pairWeight = new float[16];
  int[] pairNext = new int[16];
  int pairCount;
  int[] labelFirst = new int[8];
  int[] labelLast = new int[8];
  int[] kept = new int[16];
  int[] hitCounts = new int[64];
  int[] distinctHits = new int[16];

  private boolean inUse;

  /** A match of one key. */
  record Match(CompiledScheme.Key key, int firstPos, int lastPos, int start, int end, boolean negated) {}

  TextMatcher() {}

  /** The calling thread's instance, reset for a new text; give it back with {@link #release()}. */
  static TextMatcher acquire(String text) {
    TextMatcher m = PER_THREAD.get();
    if (m == null || m.inUse) {
      m = new TextMatcher();
      PER_THREAD.set(m);
    }
    m.inUse = true;
    m.reset(text);
    return m;
  }

  /** Ends the call; a matcher grown for a very long text is dropped rather than kept for the thread. */
  void release() {
    inUse = false;
    text = null;
    Arrays.fill(matches, 0, matchCount, null);
    Arrays.fill(pairHit, 0, pairCount, null);
    for (int i = 0; i < size; i++) {
      if (ids[i] >= 0) {
        present[ids[i]] = false;
      }
    }
    if (flags.length > MAX_RETAINED_TOKENS) {
      PER_THREAD.remove();
    }
  }

  private void reset(String text) {
    this.text = text;
    size = 0;
    positions = 0;
    contentPositions = 0;
    personal = false;
    anyPronoun = false;
    anyReflexive = false;
    matchCount = 0;
    pairCount = 0;
    distinctCount = 0;
  }

  /**
   * Analyses the text with the calling thread's word analysis of the language (which looks up every token in the
   * language's vocabulary); {@code vocabularySize} is the number of ids in that vocabulary.
   */
  void analyse(WordAnalysisCache words, int vocabularySize) {
    if (present.length < vocabularySize) {
      present = new boolean[Math.max(vocabularySize, present.length * 2)];
    }
    currentPosition = -1;
    words.analyse(text, this);
    positions = currentPosition + 1;
    posFirst[positions] = size;
  }

  @Override
  public void token(int id, int f, boolean newPosition, int s, int e) {
    if (size == flags.length) {
      grow();
    }
    int p = currentPosition;
    if (newPosition || p < 0) {
      p = ++currentPosition;
      posFirst[p] = size;
      if ((f & ReflectionAnalyzer.FLAG_STOP) == 0) {
        contentPositions++;
      }
    }
    ids[size] = id;
    if (id >= 0 && !present[id]) {
      present[id] = true;
      distinctIds[distinctCount++] = id; // at most one per token: fits as the token arrays do
    }
    anyPronoun |= (f & ReflectionAnalyzer.FLAG_PRONOUN) != 0;
    anyReflexive |= (f & ReflectionAnalyzer.FLAG_REFLEXIVE) != 0;
    personal |= (f & ReflectionAnalyzer.FLAG_PERSONAL) != 0;
    flags[size] = f;
    pos[size] = p;
    start[size] = s;
    end[size] = e;
    size++;
  }

  private void grow() {
    int n = flags.length * 2;
    flags = Arrays.copyOf(flags, n);
    pos = Arrays.copyOf(pos, n);
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
    ids = Arrays.copyOf(ids, n);
    distinctIds = Arrays.copyOf(distinctIds, n);
    posFirst = Arrays.copyOf(posFirst, n + 1);
  }

  /**
   * Finds all key matches of a scheme, in text order (single terms by token, then phrases by first position), into
   * {@link #matches}; returns their number.
   */
  int match(CompiledScheme scheme) {
    Arrays.fill(matches, 0, matchCount, null);
    matchCount = 0;
    // three loops in three small methods: the JIT compiles each on its own, once, instead of the whole method
    // again for each loop that gets hot
    matchTerms(scheme);
    int fwCount = collectCandidates(scheme);
    matchPhrases(scheme, fwCount, pronounCandidates);
    return matchCount;
  }

  /** The single-term keys, by token. */
  private void matchTerms(CompiledScheme scheme) {
    int[] termKeys = scheme.termKeyIdByToken;
    for (int i = 0; i < size; i++) {
      int id = ids[i];
      if (id >= 0 && id < termKeys.length && (flags[i] & ReflectionAnalyzer.FLAG_STOP) == 0) {
        int key = termKeys[id];
        if (key >= 0) {
          add(new Match(scheme.key(key), pos[i], pos[i], start[i], end[i], negated(pos[i], start[i])));
        }
      }
    }
  }

  /**
   * Candidates: the phrases filed under the words of this text whose words all occur in it, sorted. Each phrase is
   * filed under one word, so each is found at most once. Returns the number of first-word candidates; the number
   * of pronoun-first candidates goes to {@link #pronounCandidates}.
   */
  private int collectCandidates(CompiledScheme scheme) {
    int[] fwFirst = scheme.firstWordFirstToken;
    int[][] fwByWord = scheme.firstWordPhrasesByWord;
    int[][] pronounByWord = scheme.pronounFirstByWord;
    boolean pronouns = (anyPronoun || anyReflexive) && scheme.pronounFirstKeyIds.length > 0;
    int fwCount = 0;
    int pronounCount = 0;
    for (int d = 0; d < distinctCount; d++) {
      int id = distinctIds[d];
      if (id >= fwByWord.length) {
        continue; // not in this scheme's vocabulary
      }
      int[] filed = fwByWord[id];
      if (filed != null) {
        fwCount = collect(filed, false, fwCount);
      }
      filed = pronouns ? pronounByWord[id] : null;
      if (filed != null) {
        pronounCount = collect(filed, true, pronounCount);
      }
    }
    // Try them in the order of the scheme: by position; at a position by token, the phrases starting with that
    // word in scheme order; then, at a pronoun, the pronoun-first phrases in scheme order.
    Arrays.sort(fwCandidates, 0, fwCount);
    Arrays.sort(candidateIndexes, 0, pronounCount);
    if (fwFirstWord.length < fwCount) {
      fwFirstWord = new int[fwCandidates.length];
    }
    for (int c = 0; c < fwCount; c++) {
      fwFirstWord[c] = fwFirst[fwCandidates[c]];
    }
    pronounCandidates = pronounCount;
    return fwCount;
  }

  /** The first index of {@code a[0, n)} (ascending) whose value is at least {@code x}, or {@code n}. */
  private static int firstAtLeast(int[] a, int n, int x) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The candidate phrases, position by position. */
  private void matchPhrases(CompiledScheme scheme, int fwCount, int pronounCount) {
    int[] fw = scheme.firstWordKeyIds;
    int[] pronounFirst = scheme.pronounFirstKeyIds;
    for (int p = 0; p < positions; p++) {
      boolean pronoun = false;
      for (int i = posFirst[p]; i < posFirst[p + 1]; i++) {
        if ((flags[i] & (ReflectionAnalyzer.FLAG_PRONOUN | ReflectionAnalyzer.FLAG_REFLEXIVE)) != 0) {
          pronoun = true;
        }
        int id = ids[i];
        // the candidates are sorted by first word: those starting with this word are one run
        for (int c = firstAtLeast(fwFirstWord, fwCount, id); c < fwCount && fwFirstWord[c] == id; c++) {
          CompiledScheme.Key k = scheme.key(fw[fwCandidates[c]]);
          int last = matchPhrase(k, p);
          if (last >= 0) {
            add(phraseMatch(k, p, last));
          }
        }
      }
      if (pronoun) {
        for (int c = 0; c < pronounCount; c++) {
          CompiledScheme.Key k = scheme.key(pronounFirst[candidateIndexes[c]]);
          if (!positionHas(p, k.tokens[0])) {
            continue; // a reflexive-first phrase needs a reflexive pronoun here, not any pronoun
          }
          int last = matchPhrase(k, p);
          if (last >= 0) {
            add(phraseMatch(k, p, last));
          }
        }
      }
    }
  }

  private void add(Match m) {
    if (matchCount == matches.length) {
      matches = Arrays.copyOf(matches, matchCount * 2);
    }
    matches[matchCount++] = m;
  }

  /** Prepares the pair lists for a scheme with {@code labels} labels and {@code hits} label hits. */
  void startPairs(int labels, int hits) {
    Arrays.fill(pairHit, 0, pairCount, null);
    pairCount = 0;
    if (labelFirst.length < labels) {
      labelFirst = new int[labels];
      labelLast = new int[labels];
    }
    Arrays.fill(labelFirst, 0, labels, -1);
    if (hitCounts.length < hits) {
      hitCounts = new int[Math.max(hits, hitCounts.length * 2)];
    }
  }

  /** Adds a (match, label hit) pair for the scoring, at the end of its label's chain. */
  void addPair(int match, CompiledScheme.LabelHit hit) {
    if (pairCount == pairMatch.length) {
      int n = pairCount * 2;
      pairMatch = Arrays.copyOf(pairMatch, n);
      pairHit = Arrays.copyOf(pairHit, n);
      pairStart = Arrays.copyOf(pairStart, n);
      pairEnd = Arrays.copyOf(pairEnd, n);
      pairWeight = Arrays.copyOf(pairWeight, n);
      pairNext = Arrays.copyOf(pairNext, n);
      kept = Arrays.copyOf(kept, n);
      distinctHits = Arrays.copyOf(distinctHits, n);
    }
    int p = pairCount++;
    Match m = matches[match];
    pairMatch[p] = match;
    pairHit[p] = hit;
    pairStart[p] = m.start();
    pairEnd[p] = m.end();
    pairWeight[p] = hit.weight();
    pairNext[p] = -1;
    int label = hit.label();
    if (labelFirst[label] < 0) {
      labelFirst[label] = p;
    } else {
      pairNext[labelLast[label]] = p;
    }
    labelLast[label] = p;
  }

  private Match phraseMatch(CompiledScheme.Key k, int first, int last) {
    int s = start[posFirst[first]];
    int e = end[posFirst[last]];
    return new Match(k, first, last, s, e, negated(first, s));
  }

  /**
   * Appends to the candidates ({@link #candidateIndexes} for pronoun-first phrases, else {@link #fwCandidates}) the
   * phrases packed in {@code filed} whose other tokens all occur in the text; returns the new count.
   */
  private int collect(int[] filed, boolean pronounFirst, int count) {
    int[] out = pronounFirst ? candidateIndexes : fwCandidates;
    for (int j = 0; j < filed.length; ) {
      int x = filed[j];
      int n = filed[j + 1];
      j += 2;
      if (allOccur(filed, j, n)) {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = x;
      }
      j += n;
    }
    if (pronounFirst) {
      candidateIndexes = out;
    } else {
      fwCandidates = out;
    }
    return count;
  }

  /** Whether each of the {@code n} tokens at {@code from} in {@code tokens} occurs somewhere in the text. */
  private boolean allOccur(int[] tokens, int from, int n) {
    for (int k = from, e = from + n; k < e; k++) {
      int want = tokens[k];
      boolean there = want >= 0 ? present[want]
          : want == CompiledScheme.PRONOUN ? anyPronoun : anyReflexive;
      if (!there) {
        return false;
      }
    }
    return true;
  }

  /** Greedy earliest match of the phrase's remaining tokens; returns the last position or -1. */
  private int matchPhrase(CompiledScheme.Key k, int first) {
    int budget = k.slop;
    int q = first;
    for (int t = 1; t < k.tokens.length; t++) {
      int want = k.tokens[t];
      int found = -1;
      // one bound, checked before the loop: a loop that may run zero times makes the JIT compile it twice
      int limit = Math.min(q + 2 + budget, positions);
      if (q + 1 >= limit) {
        return -1;
      }
      for (int q2 = q + 1; q2 < limit; q2++) {
        if (positionHas(q2, want)) {
          found = q2;
          break;
        }
      }
      if (found < 0) {
        return -1;
      }
      budget -= found - q - 1;
      q = found;
    }
    return q;
  }

  private boolean positionHas(int p, int want) {
    int end = posFirst[p + 1];
    if (want != CompiledScheme.PRONOUN && want != CompiledScheme.REFLEXIVE) {
      for (int i = posFirst[p]; i < end; i++) {
        if (ids[i] == want) {
          return true;
        }
      }
      return false;
    }
    int flag = want == CompiledScheme.PRONOUN ? ReflectionAnalyzer.FLAG_PRONOUN : ReflectionAnalyzer.FLAG_REFLEXIVE;
    for (int i = posFirst[p]; i < end; i++) {
      if ((flags[i] & flag) != 0) {
        return true;
      }
    }
    return false;
  }


  /** Whether a negation cue stands within the window before position {@code p}, in the same clause. */
  boolean negated(int p, int startOffset) {
    if (p == 0) {
      return false;
    }
    int lowest = Math.max(0, p - NEGATION_WINDOW);
    for (int q = p - 1; q >= lowest; q--) {
      int i = posFirst[q];
      if (clauseBreak(end[i], startOffset)) {
        return false;
      }
      if ((flags[i] & ReflectionAnalyzer.FLAG_NEGATION) != 0) {
        return true;
      }
      startOffset = start[i];
    }
    return false;
  }

  private boolean clauseBreak(int from, int to) {
    for (int c = from; c < to && c < text.length(); c++) {
      switch (text.charAt(c)) {
        case '.', ',', ';', ':', '!', '?', '\n', '(', ')' -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }
}
