package io.github.pgtagger.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.TaggingResult;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes tagging results as CSV, one row per input record, for spreadsheets and statistics packages. Columns: the
 * metadata columns of the input (in the order given), then {@code id}, {@code language}, {@code dimensions} and
 * {@code interpretations} (the assigned codes, highest score first, joined by {@code ;}), then one score column per
 * label (the six dimension codes in {@link Dimension} order, then the codebook's codes; the score rounded to 4
 * decimals with a {@code .}, empty when the label is not assigned), and last {@code error} (empty on rows that were
 * tagged). A row that failed has its metadata (when known), its id and the error; its other cells are empty.
 *
 * <p>A metadata column whose name equals one of the fixed columns is renamed {@code input_<name>}. Every cell,
 * including the header, passes through {@link CsvCells#neutralise(String)}. Output is UTF-8 with a byte order mark
 * (so that Excel reads accents correctly), fields quoted only when needed (RFC 4180), lines ending in CRLF. Not
 * thread-safe.
 */
public final class CsvResultWriter implements Closeable, Flushable {
  private static final CsvMapper MAPPER = new CsvMapper();

  private final Writer out;
  private final SequenceWriter rows;
  private final List<String> metadataColumns;
  private final List<String> labels;
  private final List<String> header;

  /**
   * Writes the header to a stream, which {@link #close()} closes.
   *
   * @param out the stream
   * @param metadataColumns the input's metadata columns to pass through, in order
   * @param codebook the codebook whose codes get score columns after the dimensions
   */
  public CsvResultWriter(OutputStream out, List<String> metadataColumns, Codebook codebook) throws IOException {
    this.metadataColumns = List.copyOf(metadataColumns);
    List<String> l = new ArrayList<>();
    Arrays.stream(Dimension.values()).forEach(d -> l.add(d.code()));
    l.addAll(codebook.codes());
    this.labels = Collections.unmodifiableList(l);
    Set<String> fixed = new HashSet<>(List.of("id", "language", "dimensions", "interpretations", "error"));
    fixed.addAll(labels);
    List<String> h = new ArrayList<>();
    Set<String> used = new HashSet<>(fixed);
    for (String m : this.metadataColumns) {
      String name = m;
      while (used.contains(name)) {
        name = "input_" + name;
      }
      used.add(name);
      h.add(name);
    }
    h.addAll(List.of("id", "language", "dimensions", "interpretations"));
    h.addAll(labels);
    h.add("error");
    this.header = Collections.unmodifiableList(h);
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
    for (int i = 0; i < header.size(); i++) {
      schema.addColumn("c" + i);
    }
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.out.write('\uFEFF');
    this.rows = MAPPER.writer(schema.build()).writeValues(this.out);
    rows.write(header.stream().map(CsvCells::neutralise).toArray(String[]::new));
  }

  /** The header row (before neutralising), in order. */
  public List<String> header() {
    return header;
  }

  /** Writes the row of a tagged record; metadata keys not among the metadata columns are ignored. */
  public void write(Map<String, String> metadata, String id, TaggingResult result) throws IOException {
    String[] row = new String[header.size()];
    int i = fillMetadata(row, metadata);
    row[i++] = id;
    row[i++] = result.language().code();
    List<String> dims = new ArrayList<>();
    for (DimensionTag t : result.dimensions()) {
      dims.add(t.code());
    }
    List<String> ints = new ArrayList<>();
    for (InterpretationTag t : result.interpretations()) {
      ints.add(t.code());
    }
    row[i++] = String.join(";", dims);
    row[i++] = String.join(";", ints);
    for (String label : labels) {
      double score = -1;
      for (DimensionTag t : result.dimensions()) {
        if (t.code().equals(label)) {
          score = t.score();
        }
      }
      for (InterpretationTag t : result.interpretations()) {
        if (t.code().equals(label)) {
          score = t.score();
        }
      }
      row[i++] = score < 0 ? "" : String.format(Locale.ROOT, "%.4f", JsonlResultWriter.round(score));
    }
    row[i] = "";
    writeRow(row);
  }

  /** Writes the row of a record that could not be tagged. */
  public void writeError(Map<String, String> metadata, String id, String error) throws IOException {
    String[] row = new String[header.size()];
    int i = fillMetadata(row, metadata);
    row[i] = id;
    row[row.length - 1] = error;
    writeRow(row);
  }

  private int fillMetadata(String[] row, Map<String, String> metadata) {
    int i = 0;
    for (String m : metadataColumns) {
      row[i++] = metadata == null ? null : metadata.get(m);
    }
    return i;
  }

  private void writeRow(String[] row) throws IOException {
    for (int i = 0; i < row.length; i++) {
      row[i] = CsvCells.neutralise(row[i]);
    }
    rows.write(row);
  }

  @Override
  public void flush() throws IOException {
    rows.flush();
  }

  @Override
  public void close() throws IOException {
    rows.close();
    out.close();
  }
}
