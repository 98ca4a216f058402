package io.github.pgtagger.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.pgtagger.model.Aspect;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.Polarity;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.Tagger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The writer encodes repeated values and scores once and reuses them; its lines must be byte for byte what Jackson's
 * generic calls write ({@link #reference}), for every score and for values that need escaping.
 */
class JsonlResultWriterTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Test
  void everyScoreIsWrittenAsJacksonWritesTheRoundedDouble() throws IOException {
    List<TaggingResult> results = new ArrayList<>();
    for (int k = 1; k <= 10_000; k++) {
      results.add(result(k / 10_000d, "bf-entry", "slaap slecht", "slaap ik slecht"));
    }
    for (double s : new double[] {1e-9, 0.00004, 0.00005, 0.123456789, 0.99995, 0.999951, 1.0, Math.nextDown(0.5)}) {
      results.add(result(s, "bf-entry", "slaap slecht", "slaap ik slecht"));
    }
    assertSameLines(results);
  }

  @Test
  void valuesThatNeedEscapingAreWrittenAsJacksonWritesThem() throws IOException {
    List<TaggingResult> results = new ArrayList<>();
    String[] odd = {"quote \" and \\ backslash", "tab\tnew\nline\u0001", "café naïef", "emoji \uD83D\uDE00 ok",
        "lone \uD800 surrogate", "", "/slash/ <tag> & 'apos'", "\u2028 line separator"};
    for (int round = 0; round < 3; round++) { // the second and third time from the encoded values
      for (String v : odd) {
        results.add(result(0.5, v, v, v));
      }
    }
    assertSameLines(results);
  }

  @Test
  void moreDistinctValuesThanTheWriterKeepsAreStillWrittenInFull() throws IOException {
    List<TaggingResult> results = new ArrayList<>();
    for (int i = 0; i < JsonlResultWriter.MAX_CACHED_VALUES + 500; i++) {
      results.add(result(0.25, "entry-" + i, "term " + i, "text"));
    }
    results.add(result(0.25, "entry-1", "term 1", "text"));
    assertSameLines(results);
  }

  @Test
  void realTaggingResultsAreWrittenAsJacksonWritesThem() throws IOException {
    Tagger tagger = Tagger.defaults();
    List<TaggingResult> results = new ArrayList<>();
    for (String text : new String[] {"Ik slaap slecht en mijn rug doet pijn, maar ik geniet van mijn kleinkinderen.",
        "Sinds de schuldhulp kan ik weer rondkomen en durf ik de post open te maken.",
        "I feel left out at work and can't make ends meet.", "Geen idee.",
        "Het spinnenweb-gesprek hielp om samen te kijken wat de cliënt zelf wil."}) {
      results.add(tagger.tag(text));
      results.add(tagger.tag(text));
    }
    assertThat(results.get(0).dimensions()).isNotEmpty();
    assertSameLines(results);
  }

  private static TaggingResult result(double score, String entry, String term, String text) {
    Evidence e = new Evidence(0, text.length(), text, entry, term, false);
    Aspect sleep = Dimension.BODILY_FUNCTIONS.aspects().get(0);
    DimensionTag d = new DimensionTag(Dimension.BODILY_FUNCTIONS, score, List.of(sleep), Polarity.AFFIRMED,
        List.of(e, e));
    InterpretationTag i = new InterpretationTag("SHARED_LANGUAGE", score, Polarity.MIXED, List.of(e));
    return new TaggingResult(Language.NL, false, List.of(d), List.of(i));
  }

  private static void assertSameLines(List<TaggingResult> results) throws IOException {
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    try (JsonlResultWriter w = new JsonlResultWriter(actual)) {
      for (int n = 0; n < results.size(); n++) {
        w.write("r" + n, results.get(n));
      }
    }
    String[] got = actual.toString(StandardCharsets.UTF_8).split("\n", -1);
    String[] want = reference(results).split("\n", -1);
    assertThat(got).hasSameSizeAs(want);
    for (int n = 0; n < want.length; n++) {
      assertThat(got[n]).as("line %d", n + 1).isEqualTo(want[n]);
    }
  }

  /** The lines as Jackson's generic field and value calls write them. */
  private static String reference(List<TaggingResult> results) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(new SerializedString("\n"));
      for (int n = 0; n < results.size(); n++) {
        TaggingResult r = results.get(n);
        g.writeStartObject();
        g.writeStringField("id", "r" + n);
        g.writeStringField("language", r.language().code());
        g.writeArrayFieldStart("dimensions");
        for (DimensionTag t : r.dimensions()) {
          g.writeStartObject();
          g.writeStringField("code", t.code());
          g.writeNumberField("score", JsonlResultWriter.round(t.score()));
          g.writeArrayFieldStart("aspects");
          for (Aspect a : t.aspects()) {
            g.writeString(a.id());
          }
          g.writeEndArray();
          g.writeStringField("polarity", t.polarity().name());
          evidence(g, t.evidence());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("interpretations");
        for (InterpretationTag t : r.interpretations()) {
          g.writeStartObject();
          g.writeStringField("code", t.code());
          g.writeNumberField("score", JsonlResultWriter.round(t.score()));
          g.writeStringField("polarity", t.polarity().name());
          evidence(g, t.evidence());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeRaw('\n');
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void evidence(JsonGenerator g, List<Evidence> evidence) throws IOException {
    g.writeArrayFieldStart("evidence");
    for (Evidence e : evidence) {
      g.writeStartObject();
      g.writeNumberField("start", e.start());
      g.writeNumberField("end", e.end());
      g.writeStringField("text", e.text());
      g.writeStringField("entry", e.entry());
      g.writeStringField("term", e.term());
      g.writeBooleanField("negated", e.negated());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
