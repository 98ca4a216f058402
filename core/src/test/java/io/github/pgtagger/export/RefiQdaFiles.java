package io.github.pgtagger.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test helpers: the REFI-QDA schemas from ../shared/refi-qda, XML validation, unzipping, DOM queries. */
final class RefiQdaFiles {
  private RefiQdaFiles() {}

  /**
   * The folder {@code shared/refi-qda} found beside the working directory or one of its ancestors (from
   * {@code /work/wt-x/core} that is {@code /work/shared/refi-qda}), or null.
   */
  static Path findSchemaDir() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("refi-qda");
      if (Files.isRegularFile(candidate.resolve("Project-v1.0.xsd"))
          && Files.isRegularFile(candidate.resolve("Codebook-v1.0.xsd"))) {
        return candidate;
      }
    }
    return null;
  }

  /** Skips the calling test (JUnit assumption) when the REFI-QDA schemas are not found. */
  static void assumeSchemas() {
    assumeTrue(findSchemaDir() != null,
        "shared/refi-qda with the REFI-QDA schemas not found above " + Path.of("").toAbsolutePath());
  }

  /**
   * Validates XML bytes against a schema file of {@link #findSchemaDir()}, throwing with the first error; does
   * nothing when the schemas are absent (tests that must validate call {@link #assumeSchemas()} first), so the
   * other checks of a test still run.
   */
  static void validate(byte[] xml, String xsdName) throws Exception {
    Path dir = findSchemaDir();
    if (dir == null) {
      return;
    }
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Schema schema = f.newSchema(dir.resolve(xsdName).toFile());
    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  /** The entries of a zip, in zip order. */
  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  /** Parses XML, namespace-aware, rejecting DOCTYPEs. */
  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  /** All descendant elements with a local name, in document order. */
  static List<Element> elements(Element root, String localName) {
    NodeList nl = root.getElementsByTagNameNS("*", localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  /** The child elements with a local name. */
  static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text of the first child element with a local name, or null. */
  static String childText(Element parent, String localName) {
    List<Element> c = children(parent, localName);
    return c.isEmpty() ? null : c.get(0).getTextContent();
  }

  /** The substring between two code-point positions. */
  static String codePointSlice(String text, int start, int end) {
    int s = text.offsetByCodePoints(0, start);
    int e = text.offsetByCodePoints(0, end);
    return text.substring(s, e);
  }
}
