package io.github.pgtagger.analysis;

import io.github.pgtagger.internal.CompoundDictionary;
import io.github.pgtagger.internal.Precompiled;
import io.github.pgtagger.model.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Lucene analysis chain pgtagger applies to texts and to lexicon terms alike:
 *
 * <ol>
 *   <li>{@link StandardTokenizer} (Unicode word breaks, offsets into the original text);
 *   <li>{@link FormatCharFilter}: invisible format characters (soft hyphen, zero-width joiners, bidi controls) are
 *       dropped from terms, not from offsets;
 *   <li>English only: {@link EnglishPossessiveFilter};
 *   <li>{@link LowerCaseFilter} (locale-independent) and {@link ASCIIFoldingFilter} (geïnspireerd = geinspireerd);
 *   <li>stopwords, pronouns and negation cues are <em>marked</em> in the {@code FlagsAttribute} (see {@link
 *       #FLAG_STOP}), not removed, so that phrases and negation scope can use them;
 *   <li>{@link CompoundSplitFilter} over the compound dictionary (the lexicon vocabulary plus a bundled word
 *       list): the parts Lucene's {@link DictionaryCompoundWordTokenFilter} would find, kept only where they make a
 *       real split at the start or end of a word;
 *   <li>Dutch only: the {@code -t} of present-tense verb forms is removed when the rest is a known word
 *       ("slaapt" as "slaap");
 *   <li>the bundled stem overrides (applied as Lucene's {@link StemmerOverrideFilter} would), then the Dutch
 *       Snowball stemmer or the Porter
 *       stemmer for English. Marked stopwords are not stemmed.
 * </ol>
 *
 * <p>Compound parts keep the offsets of the whole word, so evidence always covers whole words. Like every Lucene
 * {@link Analyzer}, an instance is thread-safe and reuses its token streams per thread.
 */
public final class ReflectionAnalyzer extends Analyzer {
  /** Flag: a stopword of the language (never a single-word match). */
  public static final int FLAG_STOP = 1;
  /** Flag: a personal or possessive pronoun; in phrases it matches any pronoun. */
  public static final int FLAG_PRONOUN = 2;
  /** Flag: a negation cue such as "geen", "niet", "not", "never". */
  public static final int FLAG_NEGATION = 4;
  /** Flag: a part of a compound word, at the same position as the whole word. */
  public static final int FLAG_COMPOUND_PART = 8;
  /** Flag: a reflexive pronoun (mezelf, jezelf, myself, ...); in phrases it matches any reflexive pronoun only. */
  public static final int FLAG_REFLEXIVE = 16;

  /** Dutch pronouns that phrases treat as interchangeable. */
  static final List<String> PRONOUNS_NL = List.of(
      "ik", "mijn", "m'n", "mn", "me", "mij", "je", "jij", "jou", "jouw", "je", "u", "uw", "zijn", "z'n", "zn",
      "haar", "hun", "hen", "ons", "onze", "jullie", "zich", "hij", "zij", "ze", "we", "wij", "mezelf",
      "mijzelf", "jezelf", "zichzelf");
  /** English pronouns that phrases treat as interchangeable. */
  static final List<String> PRONOUNS_EN = List.of(
      "i", "my", "me", "mine", "myself", "you", "your", "yours", "yourself", "he", "him", "his", "himself",
      "she", "her", "hers", "herself", "we", "us", "our", "ours", "ourselves", "they", "them", "their",
      "theirs", "themselves");
  /** Flag: a first- or second-person word (ik, mijn, we, je; I, my, we, you): the writer speaks about themselves. */
  public static final int FLAG_PERSONAL = 32;

  /** Dutch first- and second-person words. */
  static final List<String> PERSONAL_NL = List.of(
      "ik", "mij", "me", "mijn", "m'n", "mn", "mezelf", "mijzelf", "we", "wij", "ons", "onze", "onszelf", "je",
      "jij", "jou", "jouw", "jezelf", "u", "uw", "uzelf");
  /** English first- and second-person words. */
  static final List<String> PERSONAL_EN = List.of(
      "i", "i'm", "i've", "i'd", "i'll", "im", "ive", "me", "my", "mine", "myself", "we", "we're", "we've", "us",
      "our", "ours", "ourselves", "you", "you're", "your", "yours", "yourself");

  /** Dutch reflexive pronouns, a class of their own in phrases. */
  static final List<String> REFLEXIVES_NL = List.of(
      "mezelf", "mijzelf", "jezelf", "jouzelf", "zichzelf", "onszelf", "uzelf", "haarzelf", "hemzelf");
  /** English reflexive pronouns, a class of their own in phrases. */
  static final List<String> REFLEXIVES_EN = List.of(
      "myself", "yourself", "yourselves", "himself", "herself", "itself", "ourselves", "themselves", "oneself");
  /** Dutch negation cues. */
  static final List<String> NEGATIONS_NL = List.of(
      "niet", "geen", "nooit", "niets", "niks", "nergens", "zonder", "geeneens", "nimmer", "noch");
  /** English negation cues. */
  static final List<String> NEGATIONS_EN = List.of(
      "not", "no", "never", "without", "nothing", "nobody", "none", "neither", "nor", "hardly", "don't",
      "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt",
      "weren't", "haven't", "havent", "hasn't", "hadn't", "won't", "wont", "can't", "cant", "cannot",
      "couldn't", "shouldn't", "wouldn't", "ain't");

  private final Language language;
  private final CharArraySet stop;
  private final CharArraySet pronouns;
  private final CharArraySet negations;
  private final CharArraySet reflexives;
  private final CharArraySet personal;
  private final CharArrayMap<Integer> wordFlags;
  private final CompoundDictionary compoundDictionary;
  private final CharArrayMap<char[]> overrides;

  private ReflectionAnalyzer(Language language, CompoundDictionary compounds) {
    this.language = language;
    this.compoundDictionary = compounds;
    if (language == Language.NL) {
      this.stop = fold(dutchStopWords());
      this.pronouns = fold(PRONOUNS_NL);
      this.negations = fold(NEGATIONS_NL);
      this.reflexives = fold(REFLEXIVES_NL);
      this.personal = fold(PERSONAL_NL);
    } else {
      this.stop = fold(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      this.pronouns = fold(PRONOUNS_EN);
      this.negations = fold(NEGATIONS_EN);
      this.reflexives = fold(REFLEXIVES_EN);
      this.personal = fold(PERSONAL_EN);
    }
    this.wordFlags = wordFlags(stop, pronouns, reflexives, personal, negations);
    this.overrides = loadOverrides(language);
  }

  /** The flags of each stopword, pronoun, reflexive, first- or second-person word and negation cue. */
  private static CharArrayMap<Integer> wordFlags(CharArraySet stop, CharArraySet pronouns, CharArraySet reflexives,
      CharArraySet personal, CharArraySet negations) {
    CharArrayMap<Integer> map = new CharArrayMap<>(
        4 * (stop.size() + pronouns.size() + reflexives.size() + personal.size() + negations.size()), false);
    addFlags(map, stop, FLAG_STOP);
    addFlags(map, pronouns, FLAG_PRONOUN | FLAG_STOP);
    addFlags(map, reflexives, FLAG_REFLEXIVE | FLAG_STOP);
    addFlags(map, personal, FLAG_PERSONAL);
    addFlags(map, negations, FLAG_NEGATION);
    return CharArrayMap.unmodifiableMap(map);
  }

  private static void addFlags(CharArrayMap<Integer> map, CharArraySet words, int flags) {
    for (Object w : words) {
      map.put((char[]) w, map.getOrDefault(w, 0) | flags);
    }
  }

  /**
   * Creates the analyzer for a language.
   *
   * @param language the language
   * @param extraCompoundWords words added to the bundled compound dictionary, typically the lexicon's terms
   */
  public static ReflectionAnalyzer create(Language language, Collection<String> extraCompoundWords) {
    List<String> bundled = bundledCompoundWords(language);
    CompoundDictionary.Builder dict = new CompoundDictionary.Builder(bundled.size() + extraCompoundWords.size());
    for (String w : bundled) {
      dict.add(w);
    }
    for (String w : extraCompoundWords) {
      String f = compoundWord(w);
      if (f != null) {
        dict.add(f);
      }
    }
    return new ReflectionAnalyzer(language, dict.build());
  }

  /**
   * Creates the analyzer for a language with a compound dictionary made before by {@link #create(Language,
   * Collection)} (and kept with {@link #compoundDictionary()}): the default tagger's, stored at build time. The
   * caller vouches that it was made for this language with the bundled word lists of this version; not part of
   * the API.
   */
  @SuppressWarnings("exports")
  public static ReflectionAnalyzer create(Language language, CompoundDictionary compounds) {
    return new ReflectionAnalyzer(language, compounds);
  }

  /** The compound dictionary (bundled word list and extra words, folded); not part of the API. */
  @SuppressWarnings("exports")
  public CompoundDictionary compoundDictionary() {
    return compoundDictionary;
  }

  /** The language this analyzer is for. */
  public Language language() {
    return language;
  }

  /** Whether a folded, lower-case word is a stopword of this analyzer. */
  public boolean isStopword(String word) {
    return stop.contains(word);
  }

  /** Number of words in the compound dictionary. */
  public int compoundDictionarySize() {
    return compoundDictionary.words().size();
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = newTokenizer();
    return new TokenStreamComponents(source, wordFilters(source));
  }

  /** A new tokenizer of the kind this analyzer's chain starts with (it splits the text into words). */
  public Tokenizer newTokenizer() {
    return new StandardTokenizer();
  }

  /**
   * An analyzer that runs the filters of this analyzer's chain over its whole input as one word. Every filter of
   * the chain looks at one token at a time, so analysing a word that {@link #newTokenizer()} produced gives the
   * tokens (terms, flags, position increments) the full chain gives for that word in any text. The tagger uses it
   * to analyse each distinct word once and remember the result.
   */
  public Analyzer wordAnalyzer() {
    return wordAnalyzer;
  }

  private TokenStream wordFilters(Tokenizer source) {
    TokenStream ts = new FormatCharFilter(source);
    if (language == Language.EN) {
      ts = new EnglishPossessiveFilter(ts);
    }
    ts = new LowerCaseFilter(ts);
    ts = new ASCIIFoldingFilter(ts);
    ts = new WordClassFilter(ts, wordFlags);
    ts = new CompoundSplitFilter(ts, compoundDictionary);
    if (language == Language.NL) {
      ts = new DutchVerbFormFilter(ts, compoundDictionary.words());
    }
    if (overrides != null) {
      ts = new StemOverrideFilter(ts, overrides);
    }
    if (language == Language.NL) {
      ts = new SnowballFilter(ts, new DutchStemmer());
    } else {
      ts = new PorterStemFilter(ts);
    }
    return ts;
  }

  @Override
  public void close() {
    wordAnalyzer.close();
    super.close();
  }

  private final Analyzer wordAnalyzer = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, wordFilters(source));
    }
  };

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(new FormatCharFilter(in)));
  }

  /**
   * Lower-cases code point by code point, independent of the default locale (as {@link LowerCaseFilter} does, so
   * "İ" becomes "i"), and folds diacritics like the analysis chain does.
   */
  public static String foldWord(String word) {
    String stripped = word.strip();
    if (isFoldedAscii(stripped)) {
      return stripped;
    }
    StringBuilder sb = new StringBuilder(stripped.length());
    for (int i = 0; i < stripped.length(); ) {
      int cp = stripped.codePointAt(i);
      sb.appendCodePoint(Character.toLowerCase(cp));
      i += Character.charCount(cp);
    }
    String lower = sb.toString();
    char[] out = new char[lower.length() * 4];
    int n = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
    return new String(out, 0, n);
  }

  /**
   * A word of the lexicon as it goes into the compound dictionary: folded, at least 3 chars, letters only; else
   * null. Plain lower-case ASCII words (nearly all) are checked in one pass.
   */
  private static String compoundWord(String w) {
    int n = w.length();
    boolean plain = n >= 3;
    for (int i = 0; plain && i < n; i++) {
      char c = w.charAt(i);
      plain = c >= 'a' && c <= 'z';
    }
    if (plain) {
      return w;
    }
    String f = foldWord(w);
    return f.length() >= 3 && allLetters(f) ? f : null;
  }

  /** Whether lower-casing and folding leave a word as it is: ASCII without capitals. */
  private static boolean isFoldedAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 128 || (c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  private static boolean allLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter((int) s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static CharArraySet fold(Collection<?> words) {
    CharArraySet set = new CharArraySet(words.size() * 4, false);
    for (Object o : words) {
      String w = o instanceof char[] ? new String((char[]) o) : o.toString();
      set.add(foldWord(w));
    }
    return CharArraySet.unmodifiableSet(set);
  }

  /**
   * The words of Lucene's Dutch stop list ({@link DutchAnalyzer#getDefaultStopSet()}), read from the same resource
   * in the same (Snowball) format, without setting up the rest of {@link DutchAnalyzer} and its word-list loader.
   */
  static List<String> dutchStopWords() {
    byte[] bytes = Precompiled.resource(SnowballFilter.class, "dutch_stop.txt");
    if (bytes == null) {
      throw new IllegalStateException("dutch_stop.txt is missing beside " + SnowballFilter.class.getName());
    }
    String text = new String(bytes, StandardCharsets.UTF_8); // one decode, no reader classes to load
    List<String> out = new ArrayList<>();
    int n = text.length();
    for (int lineStart = 0; lineStart < n; ) {
      int lineEnd = lineStart;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int end = lineStart;
      while (end < lineEnd && text.charAt(end) != '|') { // a comment runs to the end of the line
        end++;
      }
      int i = lineStart;
      while (i < end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < end && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          out.add(text.substring(start, i));
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  static List<String> bundledCompoundWords(Language language) {
    return readWordList("compound-parts-" + language.code() + ".txt");
  }

  static List<String> readWordList(String resource) {
    List<String> out = new ArrayList<>();
    byte[] bytes = Precompiled.resourceKeepingCrc(ReflectionAnalyzer.class, resource); // for the fingerprint
    if (bytes == null) {
      return out;
    }
    String text = new String(bytes, StandardCharsets.UTF_8); // one decode, then lines by hand
    int n = text.length();
    for (int start = 0; start < n; ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String s = text.substring(start, end).strip();
      if (!s.isEmpty() && s.charAt(0) != '#') {
        out.add(isFoldedAscii(s) ? s : foldWord(s));
      }
      start = end + 1;
    }
    return out;
  }

  private static CharArrayMap<char[]> loadOverrides(Language language) {
    List<String> lines = readWordList("stem-overrides-" + language.code() + ".txt");
    if (lines.isEmpty()) {
      return null;
    }
    CharArrayMap<char[]> map = new CharArrayMap<>(4 * lines.size(), false);
    for (String line : lines) {
      String[] kv = line.split("\t");
      if (kv.length != 2) {
        throw new IllegalStateException("stem-overrides-" + language.code()
            + ".txt: expected 'word<TAB>stem' but found: " + line);
      }
      String word = kv[0].strip();
      if (!map.containsKey(word)) {
        map.put(word, kv[1].strip().toCharArray());
      }
    }
    return CharArrayMap.unmodifiableMap(map);
  }
}
