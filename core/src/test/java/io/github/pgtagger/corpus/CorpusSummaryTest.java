package io.github.pgtagger.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.pgtagger.model.Codebook;
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

class CorpusSummaryTest {
  /** Tags a hand-made text: every occurrence of a word becomes evidence for the label it names. */
  static TaggingResult tags(String text, double score, Object... labelWord) {
    List<DimensionTag> dims = new ArrayList<>();
    List<InterpretationTag> ints = new ArrayList<>();
    for (int i = 0; i < labelWord.length; i += 2) {
      String word = (String) labelWord[i + 1];
      List<Evidence> ev = new ArrayList<>();
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        ev.add(new Evidence(at, at + word.length(), word, "e-" + word, word, false));
      }
      if (labelWord[i] instanceof Dimension d) {
        dims.add(new DimensionTag(d, score, List.of(), Polarity.AFFIRMED, ev));
      } else {
        ints.add(new InterpretationTag((String) labelWord[i], score, Polarity.AFFIRMED, ev));
      }
    }
    return new TaggingResult(Language.NL, true, dims, ints);
  }

  static final Dimension BF = Dimension.BODILY_FUNCTIONS;
  static final Dimension PA = Dimension.PARTICIPATION;

  static CorpusSummary handMade(int maxGroups) {
    CorpusSummary.Builder b = CorpusSummary.builder(Codebook.yaron2021()).groupBy("wijk").maxGroups(maxGroups)
        .examples(2).snippetContext(10);
    String t1 = "Ik heb pijn en slaap slecht.";
    b.add("1", "Noord", t1, tags(t1, 0.5, BF, "pijn", PA, "slaap"));
    String t2 = "Pijn, pijn en nog eens pijn.";
    b.add("2", "Noord", t2, tags(t2, 0.9, BF, "pijn"));
    String t3 = "Ik voel me eenzaam.";
    b.add("3", "Zuid", t3, tags(t3, 0.6, PA, "eenzaam"));
    String t4 = "Niets bijzonders.";
    b.add("4", "Zuid", t4, tags(t4, 0.5));
    String t5 = "Als ambassadeur heb ik pijn.";
    b.add("5", "", t5, tags(t5, 0.9, "MOVEMENT", "ambassadeur", BF, "pijn"));
    b.addError("6", "Zuid");
    String t7 = "Veel pijn in West.";
    b.add("7", "West", t7, tags(t7, 0.3, BF, "pijn"));
    return b.build();
  }

  @Test
  void countsAndSharesOverallAndPerGroup() {
    CorpusSummary s = handMade(50);
    assertThat(s.records()).isEqualTo(7);
    CorpusSummary.GroupCounts all = s.overall();
    assertThat(all.texts()).isEqualTo(6);
    assertThat(all.errors()).isEqualTo(1);
    assertThat(all.untagged()).isEqualTo(1);
    assertThat(all.count("BODILY_FUNCTIONS")).isEqualTo(4);
    assertThat(all.share("BODILY_FUNCTIONS")).isCloseTo(4 / 6.0, within(1e-12));
    assertThat(all.count("PARTICIPATION")).isEqualTo(2);
    assertThat(all.count("MOVEMENT")).isEqualTo(1);
    assertThat(all.count("MENTAL_WELLBEING")).isZero();
    assertThat(s.languages()).containsEntry(Language.NL, 6L);

    assertThat(s.groups()).extracting(CorpusSummary.GroupCounts::name)
        .containsExactly("Noord", "West", "Zuid", CorpusSummary.MISSING_GROUP);
    CorpusSummary.GroupCounts noord = s.groups().get(0);
    assertThat(noord.texts()).isEqualTo(2);
    assertThat(noord.count("BODILY_FUNCTIONS")).isEqualTo(2);
    assertThat(noord.share("PARTICIPATION")).isEqualTo(0.5);
    CorpusSummary.GroupCounts zuid = s.groups().get(2);
    assertThat(zuid.texts()).isEqualTo(2);
    assertThat(zuid.errors()).isEqualTo(1);
    assertThat(zuid.untagged()).isEqualTo(1);
    assertThat(s.groups().get(3).count("MOVEMENT")).isEqualTo(1);
    assertThat(s.groupsTruncated()).isFalse();
  }

  @Test
  void cooccurrenceTermsAndExamples() {
    CorpusSummary s = handMade(50);
    assertThat(s.cooccurrence("BODILY_FUNCTIONS", "PARTICIPATION")).isEqualTo(1);
    assertThat(s.cooccurrence("PARTICIPATION", "BODILY_FUNCTIONS")).isEqualTo(1);
    assertThat(s.cooccurrence("BODILY_FUNCTIONS", "MOVEMENT")).isEqualTo(1);
    assertThat(s.cooccurrence("BODILY_FUNCTIONS", "BODILY_FUNCTIONS")).isEqualTo(4);
    assertThat(s.cooccurrence("PARTICIPATION", "MOVEMENT")).isZero();

    assertThat(s.topTerms("BODILY_FUNCTIONS")).containsExactly(new CorpusSummary.TermCount("pijn", 5));
    assertThat(s.topTerms("PARTICIPATION")).extracting(CorpusSummary.TermCount::term)
        .containsExactly("eenzaam", "slaap");

    List<CorpusSummary.Snippet> ex = s.examples("BODILY_FUNCTIONS");
    assertThat(ex).extracting(CorpusSummary.Snippet::id).as("highest score first, ties to the earlier text")
        .containsExactly("2", "5");
    CorpusSummary.Snippet first = ex.get(0);
    assertThat(first.group()).isEqualTo("Noord");
    for (CorpusSummary.Mark m : first.marks()) {
      assertThat(first.text().substring(m.start(), m.end())).isEqualTo("pijn");
    }
    assertThat(first.text()).startsWith("Pijn, pijn");
    assertThat(first.cutStart()).isFalse();
    assertThat(first.cutEnd()).isTrue();
    CorpusSummary.Snippet second = ex.get(1);
    assertThat(second.group()).isEqualTo(CorpusSummary.MISSING_GROUP);
    assertThat(second.cutStart()).isTrue();
    assertThat(second.text().substring(second.marks().get(0).start(), second.marks().get(0).end()))
        .isEqualTo("pijn");
  }

  @Test
  void groupsBeyondTheLimitAreCountedTogether() {
    CorpusSummary s = handMade(1);
    assertThat(s.groups()).extracting(CorpusSummary.GroupCounts::name)
        .containsExactly("Noord", CorpusSummary.MISSING_GROUP, CorpusSummary.OTHER_GROUP);
    CorpusSummary.GroupCounts other = s.groups().get(2);
    assertThat(other.texts()).isEqualTo(3);
    assertThat(other.errors()).isEqualTo(1);
    assertThat(s.groupsTruncated()).isTrue();
    assertThat(s.groups().stream().mapToLong(CorpusSummary.GroupCounts::texts).sum()).isEqualTo(6);
  }

  @Test
  void withoutGroupByThereAreNoGroupsAndSnippetsReplaceLineBreaks() {
    CorpusSummary.Builder b = CorpusSummary.builder(Codebook.yaron2021());
    String t = "Regel een\r\nmet pijn\ten meer";
    b.add("a", "ignored", t, tags(t, 0.5, BF, "pijn"));
    CorpusSummary s = b.build();
    assertThat(s.groups()).isEmpty();
    assertThat(s.groupBy()).isNull();
    CorpusSummary.Snippet x = s.examples("BODILY_FUNCTIONS").get(0);
    assertThat(x.text()).isEqualTo("Regel een  met pijn en meer");
    assertThat(x.group()).isEmpty();
  }
}
