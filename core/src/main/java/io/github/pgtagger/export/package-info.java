/**
 * Writers of tagging results: JSON Lines ({@link io.github.pgtagger.export.JsonlResultWriter}) and the other
 * export formats.
 *
 * <p>REFI-QDA 1.0, the exchange format of qualitative-analysis tools such as ATLAS.ti, NVivo and MAXQDA:
 * {@link io.github.pgtagger.export.QdaCodebook} builds the code tree (dimensions with their aspects, and the
 * interpretations under a grouping code) with name-based GUIDs ({@link io.github.pgtagger.export.QdaGuids});
 * {@link io.github.pgtagger.export.QdcWriter} writes it as a codebook ({@code .qdc}) and {@link
 * io.github.pgtagger.export.QdpxWriter} streams a project ({@code .qdpx}) with one document per text and one coded
 * segment per evidence span, positions in Unicode code points.
 *
 * <pre>{@code
 * Tagger tagger = Tagger.defaults();
 * try (QdpxWriter qdpx = QdpxWriter.builder(QdaCodebook.of(tagger, Language.NL)).open(out)) {
 *   qdpx.add("r01", 1, text, tagger.tag(text), Map.of());
 * }
 * }</pre>
 */
package io.github.pgtagger.export;
