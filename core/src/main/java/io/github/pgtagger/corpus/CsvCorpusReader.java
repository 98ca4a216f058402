package io.github.pgtagger.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.pgtagger.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads CSV with a header row (RFC 4180 quoting, UTF-8, optional byte order mark). The text is in the column named
 * by {@link ReaderOptions#textColumn()} (default {@code text}); the id in {@link ReaderOptions#idColumn()} (default
 * {@code id}; when the header has no such column, or the cell is empty, the id is the row number); an optional
 * language in {@link ReaderOptions#langColumn()} ({@code nl}/{@code en}, empty to detect). All other columns are
 * kept as {@link Reflection#metadata() metadata}, in header order.
 *
 * <p>Rows are numbered from 1 after the header ({@link CorpusRecord#line()}); messages also give the physical line
 * where a row starts, as a row may span lines. Every row yields one record: a row with more fields than the header
 * (other than trailing empty ones) or fewer, a row that is not valid CSV or UTF-8, and a row with a field longer
 * than {@link ReaderOptions#maxTextLength()} chars each yield a {@link BadRecord} and never shift the rows after
 * it. Empty lines are skipped. The separator is taken from the header unless given: {@code ,} unless the header
 * has more {@code ;} or tabs than commas (as Excel writes with a Dutch locale).
 *
 * <p>Memory does not grow with the input: one row at a time, at most about {@code 4 * maxTextLength} bytes. Not
 * thread-safe.
 */
public final class CsvCorpusReader implements CorpusReader {
  private final InputStream in;
  private final ReaderOptions options;
  private final CsvRecordSplitter splitter;
  private final ObjectReader rowReader;
  private final char separator;
  private final List<String> columns;
  private final List<String> metadataColumns;
  private final int textIndex;
  private final int idIndex;
  private final int langIndex;
  private long row;
  private CorpusRecord next;

  /**
   * Reads from a stream, which this reader closes, taking the separator from the header row.
   *
   * @throws IllegalArgumentException when the input is empty or its header has no text column or repeats a name;
   *     the message lists the columns present
   */
  public CsvCorpusReader(InputStream in, ReaderOptions options) {
    this(in, options, '\0');
  }

  /**
   * Reads from a stream, which this reader closes, with the given separator ({@code ','}, {@code ';'} or
   * {@code '\t'}), or {@code '\0'} to take it from the header row.
   *
   * @throws IllegalArgumentException when the input is empty or its header has no text column or repeats a name
   */
  public CsvCorpusReader(InputStream in, ReaderOptions options, char separator) {
    if (separator != '\0' && separator != ',' && separator != ';' && separator != '\t') {
      throw new IllegalArgumentException("CSV separator must be ',', ';' or TAB but is '" + separator + "'");
    }
    this.in = in;
    this.options = options;
    this.splitter = new CsvRecordSplitter(in, options.maxLineBytes(), "--max-text-length");
    if (separator != '\0') {
      splitter.separator(separator);
    }
    CsvRecordSplitter.Raw header = splitter.next();
    if (header == null) {
      throw new IllegalArgumentException("the CSV input is empty; a header row naming the columns (with a '"
          + options.textColumn() + "' column) is required");
    }
    if (header.error() != null) {
      throw new IllegalArgumentException("CSV header row (line " + header.firstLine() + "): " + header.error());
    }
    this.separator = separator != '\0' ? separator : chooseSeparator(splitter.separatorCounts());
    splitter.separator(this.separator);
    CsvMapper mapper = new CsvMapper();
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(Math.max(options.maxTextLength() + 1, 1000)).build());
    this.rowReader = mapper.readerForArrayOf(String.class)
        .with(CsvSchema.emptySchema().withColumnSeparator(this.separator))
        .with(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String> names;
    try {
      names = parse(header.text());
    } catch (IOException e) {
      throw new IllegalArgumentException("CSV header row (line " + header.firstLine() + ") is not valid CSV: "
          + message(e));
    }
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException("the CSV header names column '" + n + "' twice; columns: " + names);
      }
    }
    this.columns = List.copyOf(names);
    this.textIndex = columns.indexOf(options.textColumn());
    if (textIndex < 0) {
      throw new IllegalArgumentException("the CSV header has no text column '" + options.textColumn()
          + "'; the columns are " + quoted(columns) + "; choose one with --text-column"
          + " (API: ReaderOptions.withColumns)");
    }
    this.idIndex = columns.indexOf(options.idColumn());
    this.langIndex = columns.indexOf(options.langColumn());
    List<String> meta = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (i != textIndex && i != idIndex && i != langIndex) {
        meta.add(columns.get(i));
      }
    }
    this.metadataColumns = Collections.unmodifiableList(meta);
  }

  private static char chooseSeparator(int[] counts) {
    if (counts[1] > counts[0] && counts[1] >= counts[2]) {
      return ';';
    }
    if (counts[2] > counts[0] && counts[2] > counts[1]) {
      return '\t';
    }
    return ',';
  }

  private static String quoted(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      sb.append(sb.length() == 0 ? "" : ", ").append('\'').append(n).append('\'');
    }
    return "[" + sb + "]";
  }

  /** The column names of the header row, in order. */
  public List<String> columns() {
    return columns;
  }

  /** The columns kept as metadata (all but the text, id and language columns), in header order. */
  public List<String> metadataColumns() {
    return metadataColumns;
  }

  /** The separator in use. */
  public char separator() {
    return separator;
  }

  private List<String> parse(String record) throws IOException {
    try (MappingIterator<String[]> it = rowReader.readValues(record)) {
      if (!it.hasNextValue()) {
        return List.of("");
      }
      String[] fields = it.nextValue();
      if (it.hasNextValue()) {
        throw new IOException("more than one row");
      }
      List<String> out = new ArrayList<>(fields.length);
      for (String f : fields) {
        out.add(f == null ? "" : f);
      }
      return out;
    }
  }

  private static String message(IOException e) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    if (m == null) {
      return e.toString();
    }
    int nl = m.indexOf('\n');
    String first = nl < 0 ? m : m.substring(0, nl);
    if (e instanceof JsonProcessingException j && j.getLocation() != null && j.getLocation().getColumnNr() > 0) {
      first += " (at char " + j.getLocation().getColumnNr() + " of the row)";
    }
    return first;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      CsvRecordSplitter.Raw raw = splitter.next();
      if (raw != null) {
        next = toRecord(raw);
      }
    }
    return next != null;
  }

  @Override
  public CorpusRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CorpusRecord r = next;
    next = null;
    return r;
  }

  private CorpusRecord toRecord(CsvRecordSplitter.Raw raw) {
    row++;
    String where = raw.firstLine() == raw.lastLine() ? "line " + raw.firstLine()
        : "lines " + raw.firstLine() + "-" + raw.lastLine();
    if (raw.error() != null) {
      return new BadRecord(row, null, "row " + row + " (" + where + "): " + raw.error());
    }
    List<String> fields;
    try {
      fields = parse(raw.text());
    } catch (IOException e) {
      return new BadRecord(row, null, "row " + row + " (" + where + ") is not valid CSV: " + message(e));
    }
    String id = idIndex >= 0 && idIndex < fields.size() && !fields.get(idIndex).isEmpty()
        ? fields.get(idIndex) : null;
    if (fields.size() != columns.size()) {
      boolean onlyEmptyExtra = fields.size() > columns.size()
          && fields.subList(columns.size(), fields.size()).stream().allMatch(String::isEmpty);
      if (!onlyEmptyExtra) {
        return new BadRecord(row, id, "row " + row + " (" + where + ") has " + fields.size()
            + (fields.size() == 1 ? " field" : " fields") + " but the header has " + columns.size()
            + " columns; check the separators and quotes of this row");
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      int n = fields.get(i).length();
      if (n > options.maxTextLength()) {
        return new BadRecord(row, id, "row " + row + " (" + where + "): column '" + columns.get(i) + "' has "
            + n + " chars, more than the limit of " + options.maxTextLength()
            + " chars; raise it with --max-text-length (API: ReaderOptions.withMaxTextLength)");
      }
    }
    Language lang = null;
    if (langIndex >= 0 && !fields.get(langIndex).isBlank()) {
      try {
        lang = Language.fromCode(fields.get(langIndex));
      } catch (IllegalArgumentException e) {
        return new BadRecord(row, id, "row " + row + " (" + where + "): column '" + columns.get(langIndex)
            + "': " + e.getMessage());
      }
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      if (i != textIndex && i != idIndex && i != langIndex) {
        meta.put(columns.get(i), fields.get(i));
      }
    }
    return new Reflection(row, id == null ? Long.toString(row) : id, fields.get(textIndex), lang, meta);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
