package io.github.pgtagger.evaluation;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.pgtagger.model.DataFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Units coded by several coders, as read from a CSV file with a header row: one row per unit, one column per coder
 * holding that coder's codes joined by {@code ;} (for example {@code BODILY_FUNCTIONS;PARTICIPATION}). Immutable.
 *
 * <p>Reading rules: codes are trimmed and upper-cased, empty pieces are ignored, and an empty cell means the coder
 * gave the unit no label. A cell equal to the missing-value marker (if one is set; compared ignoring case) means the
 * coder did not code the unit. Every row must have as many cells as the header; blank lines are skipped. The first
 * problem stops reading with a {@link DataFileException} naming the file, the data row and its line, and the
 * column.
 *
 * @param source the file name used in messages
 * @param columns the header's column names, in file order
 * @param coders the coder names (the coder columns, then any coder added with {@link #withCoder})
 * @param units the units in file order
 */
public record CodingTable(String source, List<String> columns, List<String> coders, List<CodedUnit> units) {
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  /** Copies the lists and checks that every unit has one coding per coder. */
  public CodingTable {
    Objects.requireNonNull(source, "source");
    columns = List.copyOf(columns);
    coders = List.copyOf(coders);
    units = List.copyOf(units);
    for (CodedUnit u : units) {
      if (u.codes().size() != coders.size()) {
        throw new IllegalArgumentException("unit " + u.id() + " has " + u.codes().size() + " codings for "
            + coders.size() + " coders");
      }
    }
  }

  /**
   * One unit (row) of a coding table.
   *
   * @param row the data row number, 1 for the first row after the header
   * @param line the file line on which the row starts
   * @param id the value of the id column, or the data row number when there is none
   * @param text the value of the text column, or null when there is none
   * @param codes one label set per coder, null where the coder did not code the unit
   */
  public record CodedUnit(long row, long line, String id, String text, List<Set<String>> codes) {
    /** Copies the list (which may hold nulls) and the sets. */
    public CodedUnit {
      Objects.requireNonNull(id, "id");
      List<Set<String>> copy = new ArrayList<>(codes.size());
      for (Set<String> s : codes) {
        copy.add(s == null ? null : Collections.unmodifiableSortedSet(new TreeSet<>(s)));
      }
      codes = Collections.unmodifiableList(copy);
    }
  }

  /**
   * How to read a coding CSV.
   *
   * @param coderColumns the columns holding the coders' codes, at least one
   * @param idColumn the id column; null to use a column named {@code id} if present, else the data row number
   * @param textColumn the text column; null to use a column named {@code text} if present, else no text
   * @param validCodes the codes accepted in coder cells
   * @param missingValue a cell value meaning "not coded", or null for none
   * @param separator the column separator, usually {@code ','}
   */
  public record CsvOptions(List<String> coderColumns, String idColumn, String textColumn, Set<String> validCodes,
      String missingValue, char separator) {
    /** Copies the collections and checks that there is at least one coder column. */
    public CsvOptions {
      coderColumns = List.copyOf(coderColumns);
      validCodes = Set.copyOf(validCodes);
      if (coderColumns.isEmpty()) {
        throw new IllegalArgumentException("at least one coder column is needed");
      }
      if (new LinkedHashSet<>(coderColumns).size() != coderColumns.size()) {
        throw new IllegalArgumentException("coder columns are listed twice: " + coderColumns);
      }
    }

    /** Options with the default id and text columns, no missing-value marker and comma separation. */
    public static CsvOptions of(List<String> coderColumns, Set<String> validCodes) {
      return new CsvOptions(coderColumns, null, null, validCodes, null, ',');
    }
  }

  /** Reads a coding CSV file (UTF-8). */
  public static CodingTable readCsv(Path file, CsvOptions options) {
    try (InputStream in = Files.newInputStream(file)) {
      return readCsv(in, file.toString(), options);
    } catch (IOException e) {
      throw new DataFileException(file.toString(), "", "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a coding CSV from a UTF-8 stream, which the caller closes.
   *
   * @param source names the stream in error messages
   * @throws DataFileException for a missing column, a ragged row, an unknown code or a duplicate id
   */
  public static CodingTable readCsv(InputStream in, String source, CsvOptions options) {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    List<String> header = null;
    int[] coderIndex = null;
    int idIndex = -1;
    int textIndex = -1;
    List<CodedUnit> units = new ArrayList<>();
    Map<String, Long> idRows = new HashMap<>();
    long row = 0;
    long line = 0;
    try (CsvParser p = CSV.getFactory().createParser(reader)) {
      p.setSchema(CsvSchema.emptySchema().withColumnSeparator(options.separator()));
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new DataFileException(source, "", "file is empty; expected a header row");
      }
      List<String> cells = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
        cells.clear();
        line = -1;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
          if (line < 0) {
            line = p.currentTokenLocation().getLineNr();
          }
          cells.add(p.getText());
        }
        if (t != JsonToken.END_ARRAY) {
          throw new DataFileException(source, "line " + p.currentTokenLocation().getLineNr(),
              "unexpected CSV structure " + t);
        }
        if (header == null) {
          header = header(cells, source);
          coderIndex = new int[options.coderColumns().size()];
          for (int i = 0; i < coderIndex.length; i++) {
            coderIndex[i] = column(header, options.coderColumns().get(i), "coder", source, options);
          }
          idIndex = options.idColumn() == null ? header.indexOf("id")
              : column(header, options.idColumn(), "id", source, options);
          textIndex = options.textColumn() == null ? header.indexOf("text")
              : column(header, options.textColumn(), "text", source, options);
          continue;
        }
        row++;
        String where = "data row " + row + " (line " + line + ")";
        if (cells.size() != header.size()) {
          throw new DataFileException(source, where, "has " + cells.size() + " cells but the header has "
              + header.size() + " columns " + header + "; quote cells that contain the separator '"
              + options.separator() + "'");
        }
        String id = idIndex >= 0 ? cells.get(idIndex).trim() : Long.toString(row);
        if (id.isEmpty()) {
          throw new DataFileException(source, where, "the id column \"" + header.get(idIndex) + "\" is empty");
        }
        Long earlier = idRows.putIfAbsent(id, row);
        if (earlier != null) {
          throw new DataFileException(source, where, "duplicate id \"" + id + "\"; first used in data row "
              + earlier);
        }
        List<Set<String>> codes = new ArrayList<>(coderIndex.length);
        for (int c = 0; c < coderIndex.length; c++) {
          codes.add(parseCodes(cells.get(coderIndex[c]), options, source,
              where + ", column \"" + header.get(coderIndex[c]) + "\""));
        }
        units.add(new CodedUnit(row, line, id, textIndex >= 0 ? cells.get(textIndex) : null, codes));
      }
      if (header == null) {
        throw new DataFileException(source, "", "file is empty; expected a header row");
      }
    } catch (CharacterCodingException e) {
      throw new DataFileException(source, "after data row " + row, "not valid UTF-8; save the file as UTF-8", e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String where = e.getLocation() == null ? "after data row " + row : "line " + e.getLocation().getLineNr();
      throw new DataFileException(source, where, "not valid CSV: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new DataFileException(source, "after data row " + row, "cannot read: " + e.getMessage(), e);
    }
    if (units.isEmpty()) {
      throw new DataFileException(source, "", "no data rows after the header");
    }
    return new CodingTable(source, header, options.coderColumns(), units);
  }

  private static List<String> header(List<String> cells, String source) {
    List<String> header = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).trim();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1).trim();
      }
      if (!name.isEmpty() && header.contains(name)) {
        throw new DataFileException(source, "header (line 1)", "column \"" + name + "\" appears twice");
      }
      header.add(name);
    }
    return header;
  }

  private static int column(List<String> header, String name, String role, String source, CsvOptions options) {
    int i = header.indexOf(name);
    if (i < 0) {
      String hint = "";
      if (header.size() == 1 && options.separator() == ',' && header.get(0).contains(";")) {
        hint = "; the header looks separated by ';', not ','";
      }
      throw new DataFileException(source, "header (line 1)", role + " column \"" + name
          + "\" not found; columns present: " + header + hint);
    }
    return i;
  }

  private static Set<String> parseCodes(String cell, CsvOptions options, String source, String where) {
    String trimmed = cell.trim();
    if (options.missingValue() != null && trimmed.equalsIgnoreCase(options.missingValue().trim())) {
      return null;
    }
    Set<String> out = new TreeSet<>();
    for (String piece : trimmed.split(";", -1)) {
      String code = piece.trim().toUpperCase(Locale.ROOT);
      if (code.isEmpty()) {
        continue;
      }
      if (!options.validCodes().contains(code)) {
        throw new DataFileException(source, where, "unknown code \"" + piece.trim()
            + "\"; codes are joined by ';' and must be one of " + new TreeSet<>(options.validCodes()));
      }
      out.add(code);
    }
    return out;
  }

  /**
   * A copy with one more coder, whose label set for each unit {@code coder} gives (for example a tagger's labels
   * for the unit's text).
   *
   * @throws IllegalArgumentException when the name is already a coder
   */
  public CodingTable withCoder(String name, Function<CodedUnit, Set<String>> coder) {
    if (coders.contains(name)) {
      throw new IllegalArgumentException("coder \"" + name + "\" already exists in " + coders);
    }
    List<String> newCoders = new ArrayList<>(coders);
    newCoders.add(name);
    List<CodedUnit> newUnits = new ArrayList<>(units.size());
    for (CodedUnit u : units) {
      List<Set<String>> codes = new ArrayList<>(u.codes());
      codes.add(Objects.requireNonNull(coder.apply(u), "coder result"));
      newUnits.add(new CodedUnit(u.row(), u.line(), u.id(), u.text(), codes));
    }
    return new CodingTable(source, columns, newCoders, newUnits);
  }

  /** The codes the coders used anywhere in the table, sorted. */
  public Set<String> usedCodes() {
    Set<String> out = new TreeSet<>();
    for (CodedUnit u : units) {
      for (Set<String> s : u.codes()) {
        if (s != null) {
          out.addAll(s);
        }
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** Computes the agreement among the coders over the given labels (see {@link Agreement#multiLabel}). */
  public AgreementReport agreement(List<String> labels) {
    return Agreement.multiLabel(coders, labels, units.stream().map(CodedUnit::codes).toList());
  }
}
