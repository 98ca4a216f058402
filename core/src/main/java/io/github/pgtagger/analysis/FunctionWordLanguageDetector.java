package io.github.pgtagger.analysis;

import io.github.pgtagger.model.Language;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Tells Dutch from English by counting frequent function words that belong to only one of the two languages
 * ("het", "niet", "ik", "mijn" against "the", "not", "my", "and"), with letter-pattern hints ("ij", "oe", "sch"
 * against "th", "w") to break ties. Accurate on short reflections of a few words and costs one pass over the
 * text. Returns the first candidate (in enum order) when the text gives no signal. Thread-safe.
 */
public final class FunctionWordLanguageDetector implements LanguageDetector {
  private static final Map<Language, Set<String>> WORDS = new EnumMap<>(Language.class);

  static {
    WORDS.put(Language.NL, Set.of(
        "de", "het", "een", "ik", "niet", "en", "van", "dat", "die", "mijn", "je", "jij", "geen", "heb", "ben",
        "wel", "ook", "maar", "met", "voor", "naar", "er", "nog", "als", "bij", "om", "kan", "wat", "we", "wij",
        "ze", "zij", "zijn", "heel", "veel", "meer", "weer", "goed", "echt", "gaat", "gaan", "doe", "doen", "mij",
        "me", "mee", "ons", "onze", "hebben", "heeft", "moet", "kunnen", "nu", "dan", "dus", "sinds",
        "omdat", "toch", "zich", "zelf", "erg", "beetje", "lekker", "fijn", "hoe", "waar", "wie", "welke", "over",
        "uit", "tot", "tijdens", "elke", "iedereen", "niks", "niets", "nooit", "altijd", "vaak", "soms", "af"));
    WORDS.put(Language.EN, Set.of(
        "the", "a", "an", "and", "i", "not", "of", "to", "my", "is", "are", "it", "that", "this", "with", "for",
        "but", "have", "has", "am", "was", "were", "be", "been", "you", "your", "they", "their", "we", "our",
        "can", "can't", "don't", "do", "does", "did", "so", "at", "on", "from", "by", "feel", "feels", "very",
        "really", "more", "much", "there", "what", "when", "which", "who", "how", "about", "since", "because",
        "after", "again", "always", "never", "sometimes", "often", "every", "everyone", "nothing", "would",
        "could", "should", "will", "just", "get", "got", "i'm", "it's", "lot", "some", "any", "no", "myself"));
  }

  /** Bit {@code 1 << ordinal} for each language whose function-word list holds the word. */
  private static final CharArrayMap<Integer> LANGUAGE_BITS = languageBits();
  private static final Language[] LANGUAGES = Language.values();

  private static CharArrayMap<Integer> languageBits() {
    CharArrayMap<Integer> map = new CharArrayMap<>(4 * 200, false);
    for (Map.Entry<Language, Set<String>> e : WORDS.entrySet()) {
      for (String w : e.getValue()) {
        map.put(w, map.getOrDefault(w, 0) | 1 << e.getKey().ordinal());
      }
    }
    return CharArrayMap.unmodifiableMap(map);
  }

  @Override
  public Language detect(CharSequence text, Set<Language> candidates) {
    if (candidates.size() == 1) {
      return candidates.iterator().next();
    }
    int[] score = new int[LANGUAGES.length];
    scan(text, score, null);
    Language best = null;
    int bestScore = -1;
    boolean tie = false;
    for (Language l : candidates) {
      int s = score[l.ordinal()];
      if (s > bestScore) {
        best = l;
        bestScore = s;
        tie = false;
      } else if (s == bestScore) {
        tie = true;
      }
    }
    if (tie && candidates.contains(Language.NL) && candidates.contains(Language.EN)) {
      int[] hints = new int[2];
      scan(text, null, hints);
      if (hints[1] > hints[0]) {
        return Language.EN;
      }
      if (hints[0] > hints[1]) {
        return Language.NL;
      }
      return candidates.iterator().next();
    }
    return best;
  }

  /**
   * One pass over the words of the text: counts function words per language into {@code score}, or (when
   * {@code hints} is given) words with Dutch letter patterns into {@code hints[0]} and English ones into
   * {@code hints[1]}.
   */
  private static void scan(CharSequence text, int[] score, int[] hints) {
    int n = text.length();
    char[] word = new char[32];
    int len = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c) || (c == '\'' || c == '\u2019') && len > 0) {
        if (len == word.length) {
          word = Arrays.copyOf(word, len * 2);
        }
        word[len++] = c == '\u2019' ? '\'' : Character.toLowerCase(c);
      } else if (len > 0) {
        if (hints == null) {
          Integer bits = LANGUAGE_BITS.get(word, 0, len);
          if (bits != null) {
            for (int l = 0; l < LANGUAGES.length; l++) {
              if ((bits & 1 << l) != 0) {
                score[l]++;
              }
            }
          }
        } else {
          if (contains(word, len, 'i', 'j') || contains(word, len, 'o', 'e') || containsSch(word, len)
              || contains(word, len, 'a', 'a') || contains(word, len, 'u', 'i') || contains(word, len, 'u', 'u')
              || contains(word, len, 'e', 'u') || endsWith(word, len, "heid") || endsWith(word, len, "en")) {
            hints[0]++;
          }
          if (contains(word, len, 't', 'h') || contains(word, len, 'w', 'h') || endsWith(word, len, "ing")
              || endsWith(word, len, "ly") || containsNess(word, len) || endsWith(word, len, "tion")) {
            hints[1]++;
          }
        }
        len = 0;
      }
    }
  }

  private static boolean contains(char[] w, int len, char a, char b) {
    for (int i = 0; i + 1 < len; i++) {
      if (w[i] == a && w[i + 1] == b) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsSch(char[] w, int len) {
    for (int i = 0; i + 2 < len; i++) {
      if (w[i] == 's' && w[i + 1] == 'c' && w[i + 2] == 'h') {
        return true;
      }
    }
    return false;
  }

  private static boolean containsNess(char[] w, int len) {
    for (int i = 0; i + 3 < len; i++) {
      if (w[i] == 'n' && w[i + 1] == 'e' && w[i + 2] == 's' && w[i + 3] == 's') {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] w, int len, String suffix) {
    int k = suffix.length();
    if (len < k) {
      return false;
    }
    for (int i = 0; i < k; i++) {
      if (w[len - k + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
