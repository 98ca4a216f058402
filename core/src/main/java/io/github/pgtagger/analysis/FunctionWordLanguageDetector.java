package io.github.pgtagger.analysis;

import io.github.pgtagger.model.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

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

  @Override
  public Language detect(CharSequence text, Set<Language> candidates) {
    if (candidates.size() == 1) {
      return candidates.iterator().next();
    }
    Map<Language, Integer> score = new EnumMap<>(Language.class);
    int n = text.length();
    int i = 0;
    StringBuilder word = new StringBuilder(16);
    int hintNl = 0;
    int hintEn = 0;
    while (i <= n) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c) || (c == '\'' || c == '\u2019') && word.length() > 0) {
        word.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
      } else if (word.length() > 0) {
        String w = word.toString();
        for (Map.Entry<Language, Set<String>> e : WORDS.entrySet()) {
          if (e.getValue().contains(w)) {
            score.merge(e.getKey(), 1, Integer::sum);
          }
        }
        if (w.contains("ij") || w.contains("oe") || w.contains("sch") || w.contains("aa") || w.contains("ui")
            || w.contains("uu") || w.contains("eu") || w.endsWith("heid") || w.endsWith("en")) {
          hintNl++;
        }
        if (w.contains("th") || w.contains("wh") || w.endsWith("ing") || w.endsWith("ly") || w.contains("ness")
            || w.endsWith("tion")) {
          hintEn++;
        }
        word.setLength(0);
      }
      i++;
    }
    Language best = null;
    int bestScore = -1;
    boolean tie = false;
    for (Language l : candidates) {
      int s = score.getOrDefault(l, 0);
      if (s > bestScore) {
        best = l;
        bestScore = s;
        tie = false;
      } else if (s == bestScore) {
        tie = true;
      }
    }
    if (tie && candidates.contains(Language.NL) && candidates.contains(Language.EN)) {
      if (hintEn > hintNl) {
        return Language.EN;
      }
      if (hintNl > hintEn) {
        return Language.NL;
      }
      return candidates.iterator().next();
    }
    return best;
  }
}
