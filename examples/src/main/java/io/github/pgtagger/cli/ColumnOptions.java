package io.github.pgtagger.cli;

import picocli.CommandLine.Option;

/** The options that name the text and id fields of CSV and JSONL input, shared by the commands that read texts. */
final class ColumnOptions {
  @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text",
      description = "CSV column or JSONL field with the text (default: ${DEFAULT-VALUE}).")
  String textColumn;

  @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id",
      description = "CSV column or JSONL field with the id (default: ${DEFAULT-VALUE}; when absent, the row"
          + " or line number).")
  String idColumn;
}
