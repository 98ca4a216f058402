package io.github.pgtagger.tagging;

import static io.github.pgtagger.tagging.TaggerTest.TAGGER;
import static io.github.pgtagger.tagging.TaggerTest.assertEvidenceSlicesInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.TaggingResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tagger's API at its edges: null, empty, huge and strange texts. Evidence offsets always slice the input. */
class TaggerEdgeCaseTest {
  static List<Evidence> evidence(TaggingResult r) {
    List<Evidence> all = new ArrayList<>();
    r.dimensions().forEach(t -> all.addAll(t.evidence()));
    r.interpretations().forEach(t -> all.addAll(t.evidence()));
    return all;
  }

  /** Tags with detection and with each language forced, checking the offsets of every result. */
  static List<Evidence> tagAllWays(String text) {
    List<Evidence> all = new ArrayList<>();
    for (Language forced : new Language[] {null, Language.NL, Language.EN}) {
      TaggingResult r = TAGGER.tag(text, forced);
      assertEvidenceSlicesInput(text, r);
      for (Evidence e : evidence(r)) {
        assertThat(e.start()).isGreaterThanOrEqualTo(0).isLessThan(e.end());
        assertThat(e.end()).isLessThanOrEqualTo(text.length());
      }
      all.addAll(evidence(r));
    }
    return all;
  }

  @Test
  void nullTextIsRefusedWithAMessage() {
    assertThatThrownBy(() -> TAGGER.tag(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> TAGGER.tag(null, Language.NL)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> TAGGER.matchingEntries(null, Language.NL)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n\r ", "\u00A0\u2003\u3000", "...", "!?!?", "--- *** ###", "()[]{}<>",
      "\u200B\u200C\u200D\uFEFF", "\u0000\u0001\u001F\u007F", "\u0301\u0308", "12 34,5 6.7"})
  void emptyWhitespacePunctuationAndControlTextsGiveNoTags(String text) {
    for (Language forced : new Language[] {null, Language.NL, Language.EN}) {
      TaggingResult r = TAGGER.tag(text, forced);
      assertThat(r.isEmpty()).as("%s", r).isTrue();
      assertThat(r.language()).isNotNull();
    }
  }

  @Test
  void textExactlyAtTheLimitPassesAndOneCharMoreFails() {
    String sentence = "Mijn rug doet pijn en ik slaap slecht. ";
    StringBuilder sb = new StringBuilder(Tagger.DEFAULT_MAX_TEXT_LENGTH + 1);
    while (sb.length() < Tagger.DEFAULT_MAX_TEXT_LENGTH) {
      sb.append(sentence);
    }
    sb.setLength(Tagger.DEFAULT_MAX_TEXT_LENGTH);
    String atLimit = sb.toString();
    assertThat(atLimit).hasSize(1 << 20);
    TaggingResult r = TAGGER.tag(atLimit);
    assertThat(r.dimension(Dimension.BODILY_FUNCTIONS)).isPresent();
    assertEvidenceSlicesInput(atLimit, r);

    String over = atLimit + "x";
    assertThatThrownBy(() -> TAGGER.tag(over))
        .isInstanceOf(TextTooLongException.class)
        .hasMessage("text of 1048577 chars is longer than the limit of 1048576 chars; raise it with "
            + "Tagger.Builder.maxTextLength(int) or the CLI option --max-text-length, or segment the text")
        .satisfies(e -> {
          assertThat(((TextTooLongException) e).length()).isEqualTo(1_048_577);
          assertThat(((TextTooLongException) e).limit()).isEqualTo(1_048_576);
        });
    assertThatThrownBy(() -> TAGGER.matchingEntries(over, Language.NL)).isInstanceOf(TextTooLongException.class);
  }

  @Test
  void hundredThousandCharTokensAreTagged() {
    String token = "a".repeat(100_000);
    String text = token + " pijn " + "\u00E9".repeat(100_000) + " slaap";
    tagAllWays(text);
    // the tokenizer cuts such tokens into pieces of at most 255 chars; the words around them still match
    assertThat(TAGGER.matchingEntries(text, Language.NL)).extracting(e -> e.id()).isNotEmpty();
    String shortText = "Ik heb pijn " + token + " en slaap slecht.";
    tagAllWays(shortText);
    assertThat(TAGGER.matchingEntries(shortText, Language.NL)).isNotEmpty();
  }

  @Test
  void offsetsCountUtf16UnitsAroundEmojiAndSurrogatePairs() {
    String text = "\uD83D\uDE00\uD83D\uDE00 pijn \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 slaap \uD835\uDD4F";
    TaggingResult r = TAGGER.tag(text, Language.NL);
    assertEvidenceSlicesInput(text, r);
    Evidence pijn = evidence(r).stream().filter(e -> e.text().equals("pijn")).findFirst().orElseThrow();
    assertThat(pijn.start()).isEqualTo(5);
    assertThat(pijn.end()).isEqualTo(9);
  }

  @Test
  void rightToLeftZeroWidthAndControlCharactersInsideTexts() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("\u05E9\u05DC\u05D5\u05DD, mijn rug doet pijn \u0645\u0631\u062D\u0628\u0627", "pijn");
    cases.put("\u202Emijn rug doet pijn\u202C", "pijn");
    cases.put("\u200Fpijn\u200F in mijn rug", "pijn");
    cases.put("ik heb pijn\u0000 in mijn\u0007 rug\u001b[0m", "pijn");
    cases.put("pijn\u0000pijn", "pijn");
    cases.put("ik voel me een\u200Dzaam", "een\u200Dzaam");                 // ZWJ inside a word
    cases.put("ik heb pi\u200Cjn in mijn rug", "pi\u200Cjn");               // ZWNJ inside a word
    cases.put("mijn ge\u00ADzond\u00ADheid, pi\u2060jn", "pi\u2060jn");      // soft hyphen, word joiner
    cases.put("ik heb \uFEFFpijn\uFEFF", "pijn\uFEFF");  // BOM as zero-width no-break space: a trailing one joins the word
    cases.put("ik voel me een\u200Bzaam en heb pijn", "pijn");               // ZWSP is a word break
    cases.put("I feel lonely\u2028and I have pain\u2029", "lonely");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      List<Evidence> ev = tagAllWays(c.getKey());
      if (c.getValue() != null) {
        assertThat(ev).as(c.getKey()).anyMatch(e -> e.text().contains(c.getValue()));
      }
    }
  }

  @Test
  void foldedLettersStillSliceTheOriginal() {
    // fold to "pijn", "slaap", "lonely", "stress": the evidence is the original spelling
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("ik heb p\u0133n in mijn rug", "p\u0133n");                 // ĳ ligature -> ij
    cases.put("ik heb \uFF50\uFF49\uFF4A\uFF4E in mijn rug", "\uFF50\uFF49\uFF4A\uFF4E"); // full-width
    cases.put("Ik heb P\u0130JN in mijn rug", "P\u0130JN");              // dotted capital I
    cases.put("ik heb p\u00EFjn in mijn rug", "p\u00EFjn");            // precomposed diaeresis (NFC)
    cases.put("I feel LONELY, so lonely", "LONELY");
    cases.put("veel \uFB00 stre\u00DF op het werk", null);               // ﬀ, ß: tagged, offsets slice
    for (Map.Entry<String, String> c : cases.entrySet()) {
      List<Evidence> ev = tagAllWays(c.getKey());
      if (c.getValue() != null) {
        assertThat(ev).as(c.getKey()).anyMatch(e -> e.text().contains(c.getValue()));
      }
    }
  }

  @Test
  void everyUnicodeGeneralCategoryIsHandled() {
    Map<Integer, StringBuilder> byCategory = new LinkedHashMap<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      StringBuilder sb = byCategory.computeIfAbsent(Character.getType(cp), k -> new StringBuilder());
      if (sb.length() < 40) {
        sb.appendCodePoint(cp);
      }
    }
    assertThat(byCategory).hasSize(30); // every category Java knows, incl. unassigned and lone surrogates
    StringBuilder all = new StringBuilder();
    for (StringBuilder sb : byCategory.values()) {
      String s = sb.toString();
      tagAllWays(s);
      tagAllWays("pijn " + s + " slaap " + s + "pijn");
      all.append(s).append(" pijn ");
    }
    List<Evidence> ev = tagAllWays(all.toString());
    assertThat(ev).extracting(Evidence::text).contains("pijn");
  }

  @Test
  void randomStringsFromAVariedAlphabetAlwaysSliceExactly() {
    String[] words = {"pijn", "slaap", "eenzaam", "werk", "rug", "lonely", "pain", "sleep", "work", "geen", "niet",
      "not", "ik", "mijn", "my", "voel", "feel", "vrienden", "friends", "stress", "moe", "tired", "gezond"};
    String[] odd = {"\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69", "\u0301", "\u0308", "\u00DF", "\u0130",
      "\u0131", "\u0133", "\u0132", "\uFB01", "\uFB00", "\uFF50\uFF49\uFF4A\uFF4E", "\uFF21", "\u200B", "\u200C",
      "\u200D", "\uFEFF", "\u202E", "\u05E9\u05DC", "\u0645\u0631", "\u0000", "\u0007", "\r\n", "\t",
      "\u2029", ".", ",",
      "'", "-", "\u2019", "\uD800", "\uDC00", "\u3042", "\u4E2D", "1", "\u00A0", "\u2028"};
    Random random = new Random(20240611L);
    int withEvidence = 0;
    for (int i = 0; i < 1_500; i++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(14);
      for (int p = 0; p < parts; p++) {
        int kind = random.nextInt(10);
        if (kind < 5) {
          String w = words[random.nextInt(words.length)];
          sb.append(random.nextInt(4) == 0 ? w.toUpperCase(java.util.Locale.ROOT) : w);
        } else if (kind < 9) {
          sb.append(odd[random.nextInt(odd.length)]);
        } else {
          sb.append((char) random.nextInt(0x10000));
        }
        if (random.nextBoolean()) {
          sb.append(' ');
        }
      }
      if (!tagAllWays(sb.toString()).isEmpty()) {
        withEvidence++;
      }
    }
    assertThat(withEvidence).as("texts with at least one evidence span").isGreaterThan(300);
  }
}
