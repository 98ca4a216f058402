package io.github.pgtagger.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.pgtagger.corpus.CorpusSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link CorpusSummary} as one long ("tidy") CSV table with the columns {@code section, group, label,
 * item, count, total, share, score, text}, filterable by {@code section}:
 *
 * <ul>
 *   <li>{@code counts}: per scope ({@code group} is {@value #ALL} for the whole corpus, else the group name) and
 *       label, {@code item} the label's English name, {@code count} the texts that carry it, {@code total} the texts
 *       in the scope, {@code share} = count / total; plus the pseudo-labels {@code (untagged)} (texts without any
 *       label; share of total) and {@code (errors)} (rows that failed; no share).
 *   <li>{@code cooccurrence}: whole corpus; {@code label} and {@code item} are two label codes, {@code count} the
 *       texts that carry both, {@code total} all texts, {@code share} = count / total.
 *   <li>{@code term}: {@code item} a lexicon term, {@code count} how often it gave evidence for {@code label}.
 *   <li>{@code example}: {@code item} the text's id, {@code group} its group, {@code score} the label's score,
 *       {@code text} the snippet (evidence is not marked in CSV; see summary.json for the offsets).
 * </ul>
 *
 * <p>Numbers use a {@code .} and 4 decimals; cells pass through {@link CsvCells#neutralise(String)}. UTF-8 with a
 * byte order mark, CRLF line ends. Thread-safe.
 */
public final class SummaryCsvWriter {
  /** The {@code group} value of the rows about the whole corpus. */
  public static final String ALL = "(all)";
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of("section", "group", "label", "item", "count", "total", "share", "score", "text");

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private SummaryCsvWriter() {}

  /** Writes the table to a stream, which stays open. */
  public static void write(CorpusSummary s, OutputStream out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
    COLUMNS.forEach(schema::addColumn);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    try (SequenceWriter rows = MAPPER.writer(schema.build()).writeValues(w)) {
      rows.write(COLUMNS.toArray(String[]::new));
      List<CorpusSummary.GroupCounts> scopes = new ArrayList<>();
      scopes.add(s.overall());
      scopes.addAll(s.groups());
      for (CorpusSummary.GroupCounts c : scopes) {
        String group = c.name().isEmpty() ? ALL : c.name();
        for (CorpusSummary.Label l : s.labels()) {
          row(rows, "counts", group, l.code(), l.nameEn(), c.count(l.code()), c.texts(), c.share(l.code()), null,
              null);
        }
        row(rows, "counts", group, "(untagged)", "", c.untagged(), c.texts(),
            c.texts() == 0 ? 0 : (double) c.untagged() / c.texts(), null, null);
        row(rows, "counts", group, "(errors)", "", c.errors(), null, null, null, null);
      }
      long total = s.overall().texts();
      for (CorpusSummary.Label a : s.labels()) {
        for (CorpusSummary.Label b : s.labels()) {
          long n = s.cooccurrence(a.code(), b.code());
          row(rows, "cooccurrence", ALL, a.code(), b.code(), n, total, total == 0 ? 0 : (double) n / total, null,
              null);
        }
      }
      for (CorpusSummary.Label l : s.labels()) {
        for (CorpusSummary.TermCount t : s.topTerms(l.code())) {
          row(rows, "term", ALL, l.code(), t.term(), t.count(), null, null, null, null);
        }
      }
      for (CorpusSummary.Label l : s.labels()) {
        for (CorpusSummary.Snippet x : s.examples(l.code())) {
          String text = (x.cutStart() ? "\u2026" : "") + x.text() + (x.cutEnd() ? "\u2026" : "");
          row(rows, "example", x.group(), l.code(), x.id(), null, null, null, x.score(), text);
        }
      }
      rows.flush();
    }
    w.flush();
  }

  private static void row(SequenceWriter rows, String section, String group, String label, String item,
      Long count, Long total, Double share, Double score, String text) throws IOException {
    rows.write(new String[] {section, CsvCells.neutralise(group), CsvCells.neutralise(label),
      CsvCells.neutralise(item), count == null ? "" : Long.toString(count), total == null ? "" : Long.toString(total),
      share == null ? "" : String.format(Locale.ROOT, "%.4f", share),
      score == null ? "" : String.format(Locale.ROOT, "%.4f", score), CsvCells.neutralise(text)});
  }
}
