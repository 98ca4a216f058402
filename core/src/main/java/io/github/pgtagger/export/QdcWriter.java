package io.github.pgtagger.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a REFI-QDA codebook ({@code .qdc}, namespace {@code urn:QDA-XML:codebook:1.0}): the code tree of a
 * {@link QdaCodebook} as UTF-8 XML that validates against the REFI-QDA 1.0 {@code Codebook.xsd}. ATLAS.ti, NVivo,
 * MAXQDA and other QDA tools import it as a code system.
 */
public final class QdcWriter {
  private QdcWriter() {}

  /**
   * Writes the codebook to a stream, which stays open.
   *
   * @param origin the value of the {@code origin} attribute, e.g. {@code pgtagger 0.1.0}
   */
  public static void write(QdaCodebook codebook, String origin, OutputStream out) throws IOException {
    try {
      RefiXml x = RefiXml.document(out);
      x.start("CodeBook").namespace(RefiXml.CODEBOOK_NS).attr("origin", origin);
      x.start("Codes");
      x.codes(codebook.codes());
      x.end();
      x.end();
      x.finishDocument();
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the codebook XML: " + e.getMessage(), e);
    }
  }
}
