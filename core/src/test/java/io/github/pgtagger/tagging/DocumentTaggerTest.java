package io.github.pgtagger.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pgtagger.analysis.Segment;
import io.github.pgtagger.analysis.Segmentation;
import io.github.pgtagger.model.AspectSet;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.Polarity;
import io.github.pgtagger.model.TaggingResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentTaggerTest {
  static Tagger tagger;

  @BeforeAll
  static void build() {
    tagger = Tagger.builder().maxTextLength(5000).build();
  }

  @Test
  void evidenceOffsetsIndexTheWholeDocument() {
    String doc = "Verslag van de bijeenkomst.\n\nMijn rug doet al weken pijn.\n\nVeel bewoners voelen zich eenzaam"
        + " en missen hun buurtgenoten.";
    DocumentResult r = new DocumentTagger(tagger, Segmentation.PARAGRAPH).tag(doc);
    assertThat(r.segments()).hasSize(3);
    assertThat(r.segments()).extracting(s -> s.segment().text(doc)).containsExactly(
        "Verslag van de bijeenkomst.", "Mijn rug doet al weken pijn.",
        "Veel bewoners voelen zich eenzaam en missen hun buurtgenoten.");
    assertThat(r.document().language()).isEqualTo(Language.NL);
    assertThat(r.document().languageDetected()).isTrue();
    assertThat(r.document().dimension(Dimension.BODILY_FUNCTIONS)).isPresent();
    assertThat(r.document().dimension(Dimension.PARTICIPATION)).isPresent();
    for (SegmentResult s : r.segments()) {
      for (DimensionTag t : s.result().dimensions()) {
        for (Evidence e : t.evidence()) {
          assertThat(doc.substring(e.start(), e.end())).isEqualTo(e.text());
          assertThat(e.start()).isGreaterThanOrEqualTo(s.segment().start());
          assertThat(e.end()).isLessThanOrEqualTo(s.segment().end());
        }
      }
    }
    for (DimensionTag t : r.document().dimensions()) {
      for (Evidence e : t.evidence()) {
        assertThat(doc.substring(e.start(), e.end())).isEqualTo(e.text());
      }
    }
    assertThat(r.segmentsWith("BODILY_FUNCTIONS")).isEqualTo(1);
  }

  @Test
  void theDocumentScoreOfALabelIsItsHighestSegmentScore() {
    String doc = "Pijn.\n\nIk heb pijn in mijn rug, veel pijn, elke dag pijn en 's nachts ook pijn.";
    DocumentResult r = new DocumentTagger(tagger, Segmentation.PARAGRAPH).tag(doc, Language.NL);
    double max = r.segments().stream().flatMap(s -> s.result().dimensions().stream())
        .filter(t -> t.dimension() == Dimension.BODILY_FUNCTIONS).mapToDouble(DimensionTag::score).max()
        .orElseThrow();
    DimensionTag doc1 = r.document().dimension(Dimension.BODILY_FUNCTIONS).orElseThrow();
    assertThat(doc1.score()).isEqualTo(max);
    assertThat(r.document().languageDetected()).isFalse();
    long segmentEvidence = r.segments().stream().flatMap(s -> s.result().dimensions().stream())
        .filter(t -> t.dimension() == Dimension.BODILY_FUNCTIONS).mapToLong(t -> t.evidence().size()).sum();
    assertThat(doc1.evidence()).hasSize((int) segmentEvidence);
  }

  @Test
  void aggregationRuleOnHandMadeSegments() {
    var pain = AspectSet.mph2016().find("COMPLAINTS_AND_PAIN").orElseThrow();
    var sleep = AspectSet.mph2016().find("SLEEP").orElseThrow();
    Evidence e1 = new Evidence(0, 4, "pijn", "bf-pain", "pijn", false);
    Evidence e2 = new Evidence(10, 15, "slaap", "bf-sleep", "slapen", true);
    Evidence e3 = new Evidence(20, 24, "pijn", "bf-pain", "pijn", false);
    Evidence m = new Evidence(30, 41, "ambassadeur", "mv", "ambassadeur", false);
    SegmentResult a = new SegmentResult(new Segment(0, 8), new TaggingResult(Language.NL, false,
        List.of(new DimensionTag(Dimension.BODILY_FUNCTIONS, 0.4, List.of(pain), Polarity.AFFIRMED, List.of(e1))),
        List.of()));
    SegmentResult b = new SegmentResult(new Segment(10, 28), new TaggingResult(Language.NL, false,
        List.of(new DimensionTag(Dimension.BODILY_FUNCTIONS, 0.7, List.of(sleep, pain), Polarity.MIXED,
            List.of(e2, e3))), List.of()));
    SegmentResult c = new SegmentResult(new Segment(30, 41), new TaggingResult(Language.NL, false, List.of(),
        List.of(new InterpretationTag("MOVEMENT", 0.5, Polarity.AFFIRMED, List.of(m)))));
    TaggingResult agg = DocumentTagger.aggregate(Language.NL, false, List.of(a, b, c));
    DimensionTag bf = agg.dimensions().get(0);
    assertThat(bf.score()).isEqualTo(0.7);
    assertThat(bf.evidence()).containsExactly(e1, e2, e3);
    assertThat(bf.polarity()).isEqualTo(Polarity.MIXED);
    assertThat(bf.aspects()).containsExactly(pain, sleep);
    assertThat(agg.interpretations()).extracting(InterpretationTag::code).containsExactly("MOVEMENT");
  }

  @Test
  void documentsLongerThanTheLimitAreRefused() {
    Tagger small = Tagger.builder().maxTextLength(10).build();
    assertThatThrownBy(() -> new DocumentTagger(small, Segmentation.SENTENCE).tag("Een. Twee. Drie. Vier."))
        .isInstanceOf(TextTooLongException.class);
  }
}
