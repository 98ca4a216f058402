package io.github.pgtagger.corpus;

/** One row of an input corpus: a {@link Reflection} to tag, or a {@link BadRecord} that could not be read. */
public sealed interface CorpusRecord permits Reflection, BadRecord {
  /** The 1-based line (or row, or file index) in the input. */
  long line();

  /** The record's id, or null when it could not be read. */
  String id();
}
