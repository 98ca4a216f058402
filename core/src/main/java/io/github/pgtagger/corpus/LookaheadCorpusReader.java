package io.github.pgtagger.corpus;

import java.util.NoSuchElementException;

/** The iterator part shared by the readers: reads one record ahead, so {@link #hasNext()} can be asked repeatedly. */
abstract class LookaheadCorpusReader implements CorpusReader {
  private CorpusRecord next;

  /** Reads the next record, or returns null at the end of the input. */
  protected abstract CorpusRecord readNext();

  @Override
  public final boolean hasNext() {
    if (next == null) {
      next = readNext();
    }
    return next != null;
  }

  @Override
  public final CorpusRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CorpusRecord r = next;
    next = null;
    return r;
  }
}
