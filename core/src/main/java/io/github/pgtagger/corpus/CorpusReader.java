package io.github.pgtagger.corpus;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Streams the records of an input, one per line or row, in input order: every line yields exactly one record,
 * either a {@link Reflection} or a {@link BadRecord}. Memory does not grow with the input size. Not thread-safe.
 */
public interface CorpusReader extends Iterator<CorpusRecord>, Closeable {}
