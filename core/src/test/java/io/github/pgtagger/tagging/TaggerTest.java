package io.github.pgtagger.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pgtagger.model.Aspect;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.Polarity;
import io.github.pgtagger.model.TaggingResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerTest {
  static final Tagger TAGGER = Tagger.defaults();

  static void assertEvidenceSlicesInput(String text, TaggingResult r) {
    List<Evidence> all = new ArrayList<>();
    r.dimensions().forEach(t -> all.addAll(t.evidence()));
    r.interpretations().forEach(t -> all.addAll(t.evidence()));
    for (Evidence e : all) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }

  @Test
  void backPainAndSleep() {
    String text = "Mijn rug doet al weken pijn en ik slaap daardoor slecht.";
    TaggingResult r = TAGGER.tag(text);
    assertThat(r.language()).isEqualTo(Language.NL);
    assertThat(r.languageDetected()).isTrue();
    DimensionTag bf = r.dimension(Dimension.BODILY_FUNCTIONS).orElseThrow();
    assertThat(bf.aspects()).extracting(Aspect::id).contains("COMPLAINTS_AND_PAIN", "SLEEP");
    assertThat(bf.evidence()).extracting(Evidence::text).contains("pijn");
    assertThat(bf.evidence()).anyMatch(e -> e.text().toLowerCase(java.util.Locale.ROOT).contains("slaap"));
    assertThat(bf.polarity()).isEqualTo(Polarity.AFFIRMED);
    assertEvidenceSlicesInput(text, r);
  }

  @Test
  void englishLonelinessIsParticipation() {
    String text = "Since I moved to this town I feel lonely most evenings.";
    TaggingResult r = TAGGER.tag(text);
    assertThat(r.language()).isEqualTo(Language.EN);
    assertThat(r.dimension(Dimension.PARTICIPATION)).isPresent();
    assertEvidenceSlicesInput(text, r);
  }

  @Test
  void timetableGetsNoTags() {
    TaggingResult r = TAGGER.tag("De intercity naar Eindhoven vertrekt om 14.32 van spoor 5.");
    assertThat(r.isEmpty()).as(r.toString()).isTrue();
    assertThat(TAGGER.tag("").isEmpty()).isTrue();
    assertThat(TAGGER.tag("   \n\t ").isEmpty()).isTrue();
  }

  @Test
  void ambassadorInspiringOthersIsMovement() {
    String text = "Als ambassadeur probeer ik andere professionals te inspireren.";
    TaggingResult r = TAGGER.tag(text);
    assertThat(r.interpretations()).extracting(InterpretationTag::code).contains("MOVEMENT");
    assertEvidenceSlicesInput(text, r);
  }

  @Test
  void negationKeepsTheDimensionAndRecordsPolarity() {
    TaggingResult r = TAGGER.tag("Ik heb geen pijn meer.");
    DimensionTag bf = r.dimension(Dimension.BODILY_FUNCTIONS).orElseThrow();
    assertThat(bf.polarity()).isEqualTo(Polarity.NEGATED);
    assertThat(bf.evidence()).allMatch(Evidence::negated);
    TaggingResult en = TAGGER.tag("I am not lonely any more.", Language.EN);
    assertThat(en.dimension(Dimension.PARTICIPATION)).get()
        .extracting(DimensionTag::polarity).isEqualTo(Polarity.NEGATED);
  }

  @Test
  void negationDoesNotCrossAClause() {
    TaggingResult r = TAGGER.tag("Geen idee, maar mijn rug doet pijn.");
    assertThat(r.dimension(Dimension.BODILY_FUNCTIONS)).get()
        .extracting(DimensionTag::polarity).isEqualTo(Polarity.AFFIRMED);
  }

  @Test
  void tagsAreSortedByScoreAndScoresInRange() {
    TaggingResult r = TAGGER.tag("Ik slaap slecht, voel me eenzaam en kan niet rondkomen van mijn uitkering.");
    assertThat(r.dimensions().size()).isGreaterThanOrEqualTo(2);
    for (int i = 1; i < r.dimensions().size(); i++) {
      assertThat(r.dimensions().get(i - 1).score()).isGreaterThanOrEqualTo(r.dimensions().get(i).score());
    }
    r.dimensions().forEach(t -> assertThat(t.score()).isGreaterThan(0).isLessThanOrEqualTo(1));
  }

  @Test
  void phrasesMatchAcrossPronounsAndDiacritics() {
    assertThat(TAGGER.tag("Ik zit weer lekker in m'n vel.").dimension(Dimension.QUALITY_OF_LIFE)).isPresent();
    assertThat(TAGGER.tag("Ze zit lekker in haar vel.").dimension(Dimension.QUALITY_OF_LIFE)).isPresent();
  }

  @Test
  void givenLanguageIsUsedAndMustBeEnabled() {
    TaggingResult r = TAGGER.tag("pijn", Language.NL);
    assertThat(r.languageDetected()).isFalse();
    Tagger nlOnly = Tagger.builder().languages(Language.NL).build();
    assertThatThrownBy(() -> nlOnly.tag("pain", Language.EN)).hasMessageContaining("not enabled");
    assertThat(nlOnly.tag("I feel lonely").language()).isEqualTo(Language.NL);
  }

  @Test
  void refusesTextsOverTheLimitNamingTheSetting() {
    Tagger small = Tagger.builder().maxTextLength(10).build();
    assertThatThrownBy(() -> small.tag("dit is langer dan tien tekens"))
        .isInstanceOf(TextTooLongException.class)
        .hasMessageContaining("limit of 10").hasMessageContaining("maxTextLength").hasMessageContaining("--max-text-length");
  }

  @Test
  void builderValidatesParameters() {
    assertThatThrownBy(() -> Tagger.builder().dimensionThreshold(1.5)).hasMessageContaining("(0, 1)");
    assertThatThrownBy(() -> Tagger.builder().labelThreshold("NOPE", 0.5).build()).hasMessageContaining("NOPE");
    assertThatThrownBy(() -> Tagger.builder().maxTextLength(0)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> new ScoringSettings(1.2f, 2f, 20, 1.5, 1)).hasMessageContaining("b = 2.0");
  }

  @Test
  void thresholdsControlAssignment() {
    String text = "Mijn rug doet pijn.";
    assertThat(Tagger.builder().dimensionThreshold(0.99).build().tag(text).dimensions()).isEmpty();
    assertThat(Tagger.builder().dimensionThreshold(0.01).build().tag(text).dimensions()).isNotEmpty();
  }
}
