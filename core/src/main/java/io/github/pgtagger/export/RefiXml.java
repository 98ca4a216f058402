package io.github.pgtagger.export;

import io.github.pgtagger.internal.XmlChars;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, indenting wrapper around the JDK's {@link XMLStreamWriter} for the REFI-QDA files. Every attribute value
 * and text goes through {@link XmlChars#forXml(String)}, so data can never make the XML ill-formed; the writer
 * escapes {@code & < > "}. Indentation is written only between elements, never inside text. Not thread-safe.
 */
final class RefiXml {
  /** Namespace of the REFI-QDA codebook (.qdc). */
  static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
  /** Namespace of the REFI-QDA project (project.qde). */
  static final String PROJECT_NS = "urn:QDA-XML:project:1.0";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final XMLStreamWriter w;
  private int depth;
  /** Bit d is set when the open element at depth d has child elements. */
  private final BitSet hasChildren = new BitSet();

  private RefiXml(XMLStreamWriter w, int depth) {
    this.w = w;
    this.depth = depth;
  }

  /** A writer of a whole document (UTF-8), which does not close the stream. */
  static RefiXml document(OutputStream out) throws XMLStreamException {
    RefiXml x = new RefiXml(FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name()), 0);
    x.w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    return x;
  }

  /**
   * A writer of a fragment without XML declaration, indented as if at the given depth, whose unprefixed elements
   * take the default namespace of the document it is copied into.
   */
  static RefiXml fragment(OutputStream out, int depth) throws XMLStreamException {
    return new RefiXml(FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name()), depth);
  }

  /** Opens an element on a new, indented line. */
  RefiXml start(String name) throws XMLStreamException {
    newLine();
    w.writeStartElement(name);
    depth++;
    hasChildren.clear(depth);
    return this;
  }

  /** Writes an element without content on a new, indented line; attributes may follow. */
  RefiXml empty(String name) throws XMLStreamException {
    newLine();
    w.writeEmptyElement(name);
    return this;
  }

  /** Declares the default namespace on the element just started. */
  RefiXml namespace(String uri) throws XMLStreamException {
    w.writeDefaultNamespace(uri);
    return this;
  }

  /**
   * Writes an attribute of the element just started. Tab, line feed and carriage return become spaces (an XML
   * parser would do the same), chars XML forbids become U+FFFD.
   */
  RefiXml attr(String name, String value) throws XMLStreamException {
    String v = XmlChars.forXml(value);
    if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\t') >= 0) {
      v = v.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
    w.writeAttribute(name, v);
    return this;
  }

  /** Writes a GUID attribute. */
  RefiXml attr(String name, UUID guid) throws XMLStreamException {
    w.writeAttribute(name, QdaGuids.format(guid));
    return this;
  }

  /** Writes an integer attribute. */
  RefiXml attr(String name, long value) throws XMLStreamException {
    w.writeAttribute(name, Long.toString(value));
    return this;
  }

  /** Writes a dateTime attribute in UTC, to the second, e.g. {@code 2024-05-01T12:00:00Z}. */
  RefiXml attr(String name, Instant value) throws XMLStreamException {
    w.writeAttribute(name, dateTime(value));
    return this;
  }

  /** Writes an element holding only text, on a new, indented line; chars XML forbids become U+FFFD. */
  RefiXml textElement(String name, String text) throws XMLStreamException {
    newLine();
    w.writeStartElement(name);
    w.writeCharacters(XmlChars.forXml(text));
    w.writeEndElement();
    return this;
  }

  /** Closes the innermost open element, on a new line when it has child elements. */
  RefiXml end() throws XMLStreamException {
    boolean children = hasChildren.get(depth);
    depth--;
    if (children) {
      indent(depth);
    }
    w.writeEndElement();
    return this;
  }

  /** Marks the innermost open element as having children written by other means (a copied fragment). */
  void markChildren() {
    hasChildren.set(depth);
  }

  /** Ends the document (closing open elements) and flushes; the stream stays open. */
  void finishDocument() throws XMLStreamException {
    w.writeEndDocument();
    w.flush();
    w.close();
  }

  /** Flushes everything written so far to the stream. */
  void flush() throws XMLStreamException {
    w.flush();
  }

  /** Flushes and releases the writer; the stream stays open. */
  void close() throws XMLStreamException {
    w.flush();
    w.close();
  }

  private void newLine() throws XMLStreamException {
    hasChildren.set(depth);
    indent(depth);
  }

  private void indent(int d) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(d));
  }

  /** Writes codes (and their children, recursively) as {@code Code} elements; the same in both schemas. */
  void codes(List<QdaCode> codes) throws XMLStreamException {
    for (QdaCode c : codes) {
      start("Code").attr("guid", c.guid()).attr("name", c.name()).attr("isCodable", Boolean.toString(c.codable()))
          .attr("color", c.color());
      if (!c.description().isEmpty()) {
        textElement("Description", c.description());
      }
      codes(c.children());
      end();
    }
  }

  /** The xsd:dateTime form pgtagger writes: UTC, whole seconds. */
  static String dateTime(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
