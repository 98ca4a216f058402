package io.github.pgtagger.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pgtagger.analysis.Segmentation;
import io.github.pgtagger.tagging.DocumentResult;
import io.github.pgtagger.tagging.DocumentTagger;
import io.github.pgtagger.tagging.Tagger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonlDocumentOutputTest {
  @Test
  void aDocumentLineListsItsSegmentsWithOffsetsIntoTheDocument() throws IOException {
    String doc = "Inleiding zonder onderwerp.\n\nIk slaap slecht en mijn rug doet pijn.\n\nIk voel me eenzaam.";
    DocumentResult r = new DocumentTagger(Tagger.defaults(), Segmentation.PARAGRAPH).tag(doc);
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("wijk", "Noord");
    meta.put("team", "<T1>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonlResultWriter w = new JsonlResultWriter(out)) {
      w.write("doc-1.txt", meta, r);
      w.write("plain", Map.of(), r.document());
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(2);
    JsonNode j = new ObjectMapper().readTree(lines[0]);
    assertThat(j.get("id").asText()).isEqualTo("doc-1.txt");
    assertThat(j.get("metadata").toString()).isEqualTo("{\"wijk\":\"Noord\",\"team\":\"<T1>\"}");
    assertThat(j.get("segmentation").asText()).isEqualTo("paragraph");
    assertThat(j.get("segments")).hasSize(3);
    assertThat(j.get("dimensions").size()).isGreaterThanOrEqualTo(2);
    for (JsonNode seg : j.get("segments")) {
      int start = seg.get("start").asInt();
      int end = seg.get("end").asInt();
      assertThat(doc.substring(start, end)).isNotBlank();
      for (JsonNode tag : seg.get("dimensions")) {
        for (JsonNode e : tag.get("evidence")) {
          assertThat(e.get("start").asInt()).isBetween(start, end);
          assertThat(doc.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
        }
      }
    }
    assertThat(j.at("/segments/0/dimensions")).isEmpty();
    JsonNode plain = new ObjectMapper().readTree(lines[1]);
    assertThat(plain.has("metadata")).isFalse();
    assertThat(plain.has("segments")).isFalse();
  }
}
