package io.github.pgtagger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DomainModelTest {
  @Test
  void sixDimensionsWithSevenAspectsEach() {
    assertThat(Dimension.values()).hasSize(6);
    for (Dimension d : Dimension.values()) {
      assertThat(d.aspects()).as(d.code()).hasSize(7);
      assertThat(d.nameNl()).isNotBlank();
      assertThat(d.nameEn()).isNotBlank();
    }
    assertThat(AspectSet.mph2016().all()).hasSize(42);
  }

  @Test
  void everyAspectBelongsToExactlyOneDimensionAndIdsAreUnique() {
    Set<String> ids = new HashSet<>();
    for (Dimension d : Dimension.values()) {
      for (Aspect a : d.aspects()) {
        assertThat(a.dimension()).isEqualTo(d);
        assertThat(ids.add(a.id())).as("duplicate aspect id " + a.id()).isTrue();
      }
    }
    assertThat(ids).hasSize(42);
  }

  @Test
  void stableCodes() {
    assertThat(Dimension.values()).extracting(Dimension::code).containsExactly(
        "BODILY_FUNCTIONS", "MENTAL_WELLBEING", "MEANINGFULNESS", "QUALITY_OF_LIFE", "PARTICIPATION",
        "DAILY_FUNCTIONING");
    assertThat(Codebook.yaron2021().codes()).containsExactly(
        "BROAD_VIEW", "CONVERSATION_TOOL", "SELF_DIRECTION", "MOVEMENT", "SHARED_LANGUAGE");
    assertThat(AspectSet.mph2016().find("SLEEP")).get()
        .extracting(Aspect::dimension).isEqualTo(Dimension.BODILY_FUNCTIONS);
    assertThat(AspectSet.mph2016().find("MAKING_ENDS_MEET")).get()
        .extracting(Aspect::dimension).isEqualTo(Dimension.QUALITY_OF_LIFE);
    assertThat(AspectSet.mph2016().find("MANAGING_MONEY")).get()
        .extracting(Aspect::dimension).isEqualTo(Dimension.DAILY_FUNCTIONING);
  }

  @Test
  void codebookMarksWhichWordingIsConfirmed() {
    Codebook c = Codebook.yaron2021();
    assertThat(c.find("BROAD_VIEW")).get().extracting(Interpretation::wording).isEqualTo("confirmed");
    assertThat(c.interpretations().subList(1, 5)).extracting(Interpretation::wording)
        .containsOnly("reconstructed");
    for (Interpretation i : c.interpretations()) {
      assertThat(i.nameNl()).isNotBlank();
      assertThat(i.nameEn()).isNotBlank();
      assertThat(i.descriptionNl()).isNotBlank();
      assertThat(i.descriptionEn()).isNotBlank();
    }
  }

  @Test
  void anotherCodebookLoadsFromData() {
    String json = "{\"schemaVersion\":1,\"id\":\"mine\",\"interpretations\":["
        + "{\"code\":\"PREVENTION\",\"name\":{\"nl\":\"preventie\",\"en\":\"prevention\"}}]}";
    Codebook c = Codebook.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json");
    assertThat(c.codes()).containsExactly("PREVENTION");
  }

  @Test
  void badCodebookNamesFileAndPlace() {
    String dup = "{\"schemaVersion\":1,\"id\":\"x\",\"interpretations\":["
        + "{\"code\":\"A\",\"name\":{\"nl\":\"a\",\"en\":\"a\"}},{\"code\":\"A\",\"name\":{\"nl\":\"b\",\"en\":\"b\"}}]}";
    assertThatThrownBy(() -> Codebook.read(new ByteArrayInputStream(dup.getBytes(StandardCharsets.UTF_8)), "cb.json"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("cb.json").hasMessageContaining("interpretations[1]").hasMessageContaining("duplicate");
    String unknown = "{\"schemaVersion\":1,\"id\":\"x\",\"colour\":1,\"interpretations\":[]}";
    assertThatThrownBy(() -> Codebook.read(new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8)), "cb.json"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("unknown field \"colour\"");
  }

  @Test
  void languageCodesIgnoreCaseAndLocale() {
    assertThat(Language.fromCode("NL")).isEqualTo(Language.NL);
    assertThat(Language.fromCode(" en ")).isEqualTo(Language.EN);
    assertThatThrownBy(() -> Language.fromCode("fr")).hasMessageContaining("fr").hasMessageContaining("nl, en");
  }

  @Test
  void polarityFromCounts() {
    assertThat(Polarity.of(2, 0)).isEqualTo(Polarity.AFFIRMED);
    assertThat(Polarity.of(0, 1)).isEqualTo(Polarity.NEGATED);
    assertThat(Polarity.of(1, 1)).isEqualTo(Polarity.MIXED);
  }

  @Test
  void evidenceMustBeConsistent() {
    assertThatThrownBy(() -> new Evidence(3, 5, "abc", "e", "t", false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Evidence(3, 6, "abc", "e", "t", false).text()).isEqualTo("abc");
  }
}
