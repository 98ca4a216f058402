package io.github.pgtagger.export;

import static io.github.pgtagger.export.RefiQdaFiles.childText;
import static io.github.pgtagger.export.RefiQdaFiles.children;
import static io.github.pgtagger.export.RefiQdaFiles.elements;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pgtagger.model.AspectSet;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.Language;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class QdcWriterTest {
  static byte[] qdc(QdaCodebook cb) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QdcWriter.write(cb, "pgtagger test", out);
    return out.toByteArray();
  }

  @Test
  void version5GuidsFollowRfc4122() {
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
    assertThat(QdaGuids.v5(dns, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/pgtagger")
    assertThat(QdaGuids.NAMESPACE).hasToString("53c94273-af7d-5d98-88a8-02009803ab3f");
    assertThat(QdaGuids.of("a", "b")).isEqualTo(QdaGuids.v5(QdaGuids.NAMESPACE, "a\0b"));
  }

  @Test
  void codeGuidsAreNameBasedAndIndependentOfLanguageAndRun() {
    QdaCodebook nl = QdaCodebook.of(AspectSet.mph2016(), Codebook.yaron2021(), Language.NL);
    QdaCodebook en = QdaCodebook.of(AspectSet.mph2016(), Codebook.yaron2021(), Language.EN);
    // Python: uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/pgtagger"), "dimension:BODILY_FUNCTIONS")
    assertThat(nl.dimension(Dimension.BODILY_FUNCTIONS).guid()).hasToString("d00b61b2-21d1-5033-8a5e-7842cefff4d3");
    assertThat(nl.allCodes()).extracting(QdaCode::guid).containsExactlyElementsOf(
        en.allCodes().stream().map(QdaCode::guid).toList());
    assertThat(nl.aspect("SLEEP").guid()).isEqualTo(QdaGuids.of("aspect:mph-2016:SLEEP"));
    assertThat(nl.interpretation("MOVEMENT").guid()).isEqualTo(QdaGuids.of("interpretation:yaron-2021:MOVEMENT"));
    Set<UUID> unique = new HashSet<>();
    nl.allCodes().forEach(c -> assertThat(unique.add(c.guid())).as(c.key()).isTrue());
    assertThat(unique).hasSize(6 + 42 + 1 + 5);
  }

  @Test
  void writesSixDimensionsWithSevenAspectsAndTheInterpretationGroup() throws Exception {
    byte[] xml = qdc(QdaCodebook.defaults());
    RefiQdaFiles.validate(xml, "Codebook-v1.0.xsd");
    Element root = RefiQdaFiles.parse(xml).getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("CodeBook");
    assertThat(root.getNamespaceURI()).isEqualTo("urn:QDA-XML:codebook:1.0");
    List<Element> top = children(children(root, "Codes").get(0), "Code");
    assertThat(top).hasSize(7);
    assertThat(top.subList(0, 6)).extracting(e -> e.getAttribute("name")).containsExactly("Lichaamsfuncties",
        "Mentaal welbevinden", "Zingeving", "Kwaliteit van leven", "Meedoen", "Dagelijks functioneren");
    for (Element dim : top.subList(0, 6)) {
      assertThat(dim.getAttribute("isCodable")).isEqualTo("true");
      List<Element> aspects = children(dim, "Code");
      assertThat(aspects).hasSize(7);
      aspects.forEach(a -> assertThat(a.getAttribute("color")).isEqualTo(dim.getAttribute("color")));
    }
    assertThat(children(top.get(0), "Code").get(3).getAttribute("name")).isEqualTo("slapen");
    assertThat(childText(children(top.get(0), "Code").get(3), "Description")).contains("SLEEP");
    Element group = top.get(6);
    assertThat(group.getAttribute("name")).isEqualTo("Interpretaties (yaron-2021)");
    assertThat(group.getAttribute("isCodable")).isEqualTo("false");
    List<Element> ints = children(group, "Code");
    assertThat(ints).hasSize(5);
    assertThat(childText(ints.get(1), "Description")).contains("gereconstrueerd").contains("CONVERSATION_TOOL");
    assertThat(elements(root, "Code")).extracting(e -> e.getAttribute("color")).allMatch(c -> c.matches("#[0-9A-F]{6}"));
    assertThat(new HashSet<>(elements(root, "Code").subList(0, 6 * 8).stream()
        .map(e -> e.getAttribute("color")).toList())).hasSize(6);
  }

  @Test
  void validatesAgainstTheRefiQdaCodebookSchema() throws Exception {
    RefiQdaFiles.assumeSchemas();
    RefiQdaFiles.validate(qdc(QdaCodebook.defaults()), "Codebook-v1.0.xsd");
    RefiQdaFiles.validate(qdc(QdaCodebook.of(AspectSet.mph2016(), Codebook.yaron2021(), Language.EN)),
        "Codebook-v1.0.xsd");
  }

  @Test
  void englishNamesAndSameBytesEveryTime() throws Exception {
    QdaCodebook en = QdaCodebook.of(AspectSet.mph2016(), Codebook.yaron2021(), Language.EN);
    byte[] a = qdc(en);
    RefiQdaFiles.validate(a, "Codebook-v1.0.xsd");
    assertThat(qdc(en)).isEqualTo(a);
    String s = new String(a, StandardCharsets.UTF_8);
    assertThat(s).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("name=\"Bodily functions\"", "name=\"sleep\"", "name=\"Interpretations (yaron-2021)\"",
            "Wording: reconstructed");
  }
}
