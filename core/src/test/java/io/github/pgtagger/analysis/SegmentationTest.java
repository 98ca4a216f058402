package io.github.pgtagger.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SegmentationTest {
  private static List<String> texts(Segmentation s, String doc) {
    return s.split(doc).stream().map(x -> x.text(doc)).toList();
  }

  @Test
  void paragraphsEndAtEmptyLines() {
    String doc = "  Eerste alinea,\nnog steeds de eerste.\r\n\r\nTweede alinea.\n \t \n\n\nDerde.  \n";
    assertThat(texts(Segmentation.PARAGRAPH, doc)).containsExactly(
        "Eerste alinea,\nnog steeds de eerste.", "Tweede alinea.", "Derde.");
    Segment first = Segmentation.PARAGRAPH.split(doc).get(0);
    assertThat(first.start()).isEqualTo(2);
    assertThat(doc.substring(first.start(), first.end())).isEqualTo("Eerste alinea,\nnog steeds de eerste.");
  }

  @Test
  void sentencesEndAtPunctuationAndLineBreaksButNotAfterAbbreviations() {
    String doc = "Ik slaap slecht. Mijn rug doet pijn! Gaat het?\nI: Hoe gaat het\nR: Goed, bijv. met dr. Jansen."
        + " Echt waar.";
    assertThat(texts(Segmentation.SENTENCE, doc)).containsExactly(
        "Ik slaap slecht.", "Mijn rug doet pijn!", "Gaat het?", "I: Hoe gaat het", "R: Goed, bijv. met dr. Jansen.",
        "Echt waar.");
  }

  @Test
  void noneIsTheTrimmedWholeAndBlankDocumentsHaveNoSegments() {
    assertThat(texts(Segmentation.NONE, "  een\n\ntwee ")).containsExactly("een\n\ntwee");
    for (Segmentation s : Segmentation.values()) {
      assertThat(s.split("")).isEmpty();
      assertThat(s.split(" \n\t \r\n")).isEmpty();
    }
  }

  @Test
  void namesParse() {
    assertThat(Segmentation.fromName("Sentence")).isEqualTo(Segmentation.SENTENCE);
    assertThat(Segmentation.PARAGRAPH.code()).isEqualTo("paragraph");
  }

  @Test
  void segmentsSliceTheDocumentExactlyAndCoverEveryNonSpaceCharOnce() {
    Random random = new Random(42);
    String[] pieces = {"Ik", "slaap", "slecht", ".", "!", "?", " ", " ", "  ", "\n", "\r\n", "\n\n", "\r\n \r\n",
      "\t", "dr.", "Jansen", "😀", "é", "\u00A0", "Mijn", "rug", "\u2028"};
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String doc = sb.toString();
      for (Segmentation s : Segmentation.values()) {
        List<Segment> segs = s.split(doc);
        boolean[] covered = new boolean[doc.length()];
        int prevEnd = 0;
        for (Segment seg : segs) {
          assertThat(seg.start()).as("%s in order, no overlap: %s", s, doc).isGreaterThanOrEqualTo(prevEnd);
          assertThat(seg.end()).isGreaterThan(seg.start());
          String text = seg.text(doc);
          assertThat(text).isEqualTo(doc.substring(seg.start(), seg.end()));
          assertThat(Character.isWhitespace(text.charAt(0))).isFalse();
          assertThat(Character.isWhitespace(text.charAt(text.length() - 1))).isFalse();
          assertThat(Character.isLowSurrogate(text.charAt(0))).isFalse();
          for (int i = seg.start(); i < seg.end(); i++) {
            covered[i] = true;
          }
          prevEnd = seg.end();
        }
        for (int i = 0; i < doc.length(); i++) {
          char c = doc.charAt(i);
          if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
            assertThat(covered[i]).as("%s covers char %d of %s", s, i, doc).isTrue();
          }
        }
      }
    }
  }
}
