package io.github.pgtagger.cli;

import io.github.pgtagger.analysis.Segmentation;
import io.github.pgtagger.corpus.CorpusReader;
import io.github.pgtagger.corpus.CorpusReaders;
import io.github.pgtagger.corpus.CsvCorpusReader;
import io.github.pgtagger.corpus.ReaderOptions;
import io.github.pgtagger.corpus.TextFolderCorpusReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options that choose and read the input corpus, shared by the commands that read one. */
final class InputOptions {
  @Option(names = {"-i", "--input"}, required = true, paramLabel = "IN",
      description = "Input: a .jsonl, .csv or .txt file, a folder of .txt documents, or - for stdin.")
  String input;

  @Option(names = "--input-format", paramLabel = "jsonl|csv|txt",
      description = "Input format; by default from the file extension (a folder: one document per .txt file;"
          + " stdin: jsonl).")
  String inputFormat;

  @Mixin
  ColumnOptions columns;

  @Option(names = "--segment", paramLabel = "none|sentence|paragraph",
      description = "Tag long texts segment by segment and aggregate per text (a label's score is its highest"
          + " segment score). Default: paragraph for a folder of documents, none for rows of JSONL, CSV or TXT.")
  String segment;

  /** An open input: the reader, its format, the CSV metadata columns (else null) and the segmentation. */
  record Opened(CorpusReader reader, CorpusReaders.Format format, List<String> metadataColumns,
      Segmentation segmentation) {}

  CorpusReaders.Format format() {
    if (inputFormat != null) {
      try {
        CorpusReaders.Format f = CorpusReaders.Format.valueOf(inputFormat.trim().toUpperCase(Locale.ROOT));
        if (f == CorpusReaders.Format.FOLDER) {
          throw new IllegalArgumentException();
        }
        return f;
      } catch (IllegalArgumentException e) {
        throw new UsageException("--input-format: expected jsonl, csv or txt but got '" + inputFormat + "'");
      }
    }
    if (input.equals("-")) {
      return CorpusReaders.Format.JSONL;
    }
    Path p = Path.of(input);
    if (Files.isDirectory(p)) {
      return CorpusReaders.Format.FOLDER;
    }
    try {
      return CorpusReaders.Format.of(input);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--input: " + e.getMessage() + " (or give --input-format)");
    }
  }

  Segmentation segmentation(CorpusReaders.Format format) {
    if (segment == null) {
      return format == CorpusReaders.Format.FOLDER ? Segmentation.PARAGRAPH : Segmentation.NONE;
    }
    try {
      return Segmentation.fromName(segment);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--segment: " + e.getMessage());
    }
  }

  /** Opens the input; usage errors (missing file, missing text column, ...) become {@link UsageException}s. */
  Opened open(int maxTextLength) throws IOException {
    CorpusReaders.Format format = format();
    Segmentation seg = segmentation(format);
    ReaderOptions ro;
    try {
      ro = ReaderOptions.DEFAULTS.withMaxTextLength(maxTextLength).withColumns(columns.textColumn, columns.idColumn);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (format == CorpusReaders.Format.FOLDER) {
      return new Opened(new TextFolderCorpusReader(Path.of(input), ro), format, null, seg);
    }
    InputStream in = openStream();
    try {
      CorpusReader reader = CorpusReaders.open(in, format, ro);
      List<String> meta = reader instanceof CsvCorpusReader csv ? csv.metadataColumns() : null;
      return new Opened(reader, format, meta, seg);
    } catch (IllegalArgumentException e) {
      in.close();
      throw new UsageException("--input " + input + ": " + e.getMessage(), e);
    }
  }

  private InputStream openStream() throws IOException {
    if (input.equals("-")) {
      return System.in;
    }
    try {
      return Files.newInputStream(Path.of(input));
    } catch (NoSuchFileException e) {
      throw new UsageException("--input " + input + ": no such file");
    }
  }

  /** The input's name for messages and reports: its file name, or "stdin". */
  String displayName() {
    return input.equals("-") ? "stdin" : String.valueOf(Path.of(input).getFileName());
  }
}
