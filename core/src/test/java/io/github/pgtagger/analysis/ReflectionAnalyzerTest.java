package io.github.pgtagger.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pgtagger.model.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class ReflectionAnalyzerTest {
  private static final ReflectionAnalyzer NL = ReflectionAnalyzer.create(Language.NL,
      List.of("slaap", "ontspanning", "training", "buurt", "genoten", "pijn", "eten", "stress", "werk"));
  private static final ReflectionAnalyzer EN = ReflectionAnalyzer.create(Language.EN, List.of("lonely"));

  static List<String> tokens(ReflectionAnalyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("t", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
      FlagsAttribute f = ts.addAttribute(FlagsAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add((p.getPositionIncrement() == 0 ? "+" : "") + t + flags(f.getFlags()));
      }
      ts.end();
    }
    return out;
  }

  private static String flags(int f) {
    return ((f & ReflectionAnalyzer.FLAG_STOP) != 0 ? "/stop" : "")
        + ((f & ReflectionAnalyzer.FLAG_PRONOUN) != 0 ? "/pron" : "")
        + ((f & ReflectionAnalyzer.FLAG_NEGATION) != 0 ? "/neg" : "");
  }

  @Test
  void dutchStopWordsAreLucenesDefaultStopSet() {
    List<String> ours = ReflectionAnalyzer.dutchStopWords();
    org.apache.lucene.analysis.CharArraySet lucene = org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet();
    assertThat(ours).hasSize(lucene.size()).doesNotHaveDuplicates();
    for (String w : ours) {
      assertThat(lucene.contains(w)).as(w).isTrue();
    }
  }

  @Test
  void foldsDiacriticsAndCase() throws IOException {
    assertThat(tokens(NL, "Geïnspireerd")).isEqualTo(tokens(NL, "geinspireerd"));
    assertThat(tokens(NL, "CLIËNT")).isEqualTo(tokens(NL, "client"));
  }

  @Test
  void splitsCompoundsIntoKnownParts() throws IOException {
    assertThat(tokens(NL, "slaapproblemen")).contains("+slaap");
    assertThat(tokens(NL, "ontspanningstraining")).anyMatch(s -> s.startsWith("+ontspann"))
        .anyMatch(s -> s.startsWith("+training"));
    assertThat(tokens(NL, "buurtgenoten")).contains("+buurt");
    assertThat(tokens(NL, "werkstress")).contains("+werk", "+stres");
  }

  @Test
  void dutchPresentTenseTMatchesTheVerb() throws IOException {
    ReflectionAnalyzer nl = ReflectionAnalyzer.create(Language.NL, List.of("voelen", "slaap"));
    assertThat(tokens(nl, "slaapt")).isEqualTo(tokens(nl, "slaap"));
    assertThat(tokens(nl, "voelt")).isEqualTo(tokens(nl, "voel"));
    assertThat(tokens(nl, "nacht")).containsExactly("nacht");
  }

  @Test
  void stemOverridesKeepWordsApartAndJoinIrregularForms() throws IOException {
    assertThat(tokens(NL, "slaap")).isEqualTo(tokens(NL, "sliep")).isEqualTo(tokens(NL, "geslapen"));
    assertThat(tokens(NL, "slaap")).isNotEqualTo(tokens(NL, "slap"));
    assertThat(tokens(NL, "baal")).isEqualTo(tokens(NL, "balen")).isEqualTo(tokens(NL, "gebaald"))
        .isNotEqualTo(tokens(NL, "bal"));
    assertThat(tokens(NL, "beweging")).isNotEqualTo(tokens(NL, "bewegen"));
    assertThat(tokens(NL, "geweldig")).isNotEqualTo(tokens(NL, "geweld"));
  }

  @Test
  void doesNotSplitInsideOtherWords() throws IOException {
    assertThat(tokens(NL, "vergeten")).noneMatch(s -> s.startsWith("+"));
    assertThat(tokens(NL, "weten")).noneMatch(s -> s.startsWith("+"));
  }

  @Test
  void marksStopwordsPronounsAndNegationsInsteadOfRemovingThem() throws IOException {
    assertThat(tokens(NL, "ik heb geen pijn")).containsExactly("ik/stop/pron", "heb/stop", "geen/stop/neg", "pijn");
    assertThat(tokens(EN, "I am not lonely")).containsExactly("i/stop/pron", "am", "not/stop/neg", "lone");
  }

  @Test
  void keepsOffsetsOfTheOriginalText() throws IOException {
    String text = "Mijn rúg doet pijn";
    try (TokenStream ts = NL.tokenStream("t", text)) {
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      List<String> slices = new ArrayList<>();
      while (ts.incrementToken()) {
        slices.add(text.substring(o.startOffset(), o.endOffset()));
      }
      ts.end();
      assertThat(slices).containsExactly("Mijn", "rúg", "doet", "pijn");
    }
  }

  @Test
  void caseHandlingDoesNotDependOnTheDefaultLocale() throws IOException {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      ReflectionAnalyzer nl = ReflectionAnalyzer.create(Language.NL, List.of("ik"));
      assertThat(tokens(nl, "IK WIL INSPIREREN")).isEqualTo(tokens(NL, "ik wil inspireren"));
      assertThat(ReflectionAnalyzer.foldWord("İNSPIRATIE")).isEqualTo("inspiratie");
      assertThat(ReflectionAnalyzer.foldWord("ıntegraal")).isEqualTo("integraal");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void detectsDutchAndEnglish() {
    LanguageDetector d = new FunctionWordLanguageDetector();
    Set<Language> both = Set.of(Language.NL, Language.EN);
    assertThat(d.detect("Ik voel me de laatste tijd erg eenzaam.", both)).isEqualTo(Language.NL);
    assertThat(d.detect("I have been feeling really lonely lately.", both)).isEqualTo(Language.EN);
    assertThat(d.detect("Slaapproblemen", both)).isEqualTo(Language.NL);
    assertThat(d.detect("loneliness", both)).isEqualTo(Language.EN);
    assertThat(d.detect("", Set.of(Language.EN))).isEqualTo(Language.EN);
  }
}
