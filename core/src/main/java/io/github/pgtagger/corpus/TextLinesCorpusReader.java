package io.github.pgtagger.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads plain text with one reflection per line; the id is the line number. An empty line is an empty text (it
 * gets no tags); a line that is not valid UTF-8 or too long yields a {@link BadRecord}.
 */
public final class TextLinesCorpusReader implements CorpusReader {
  private final InputStream in;
  private final Utf8LineReader lines;
  private final ReaderOptions options;
  private Utf8LineReader.Line next;

  /** Reads from a stream, which this reader closes. */
  public TextLinesCorpusReader(InputStream in, ReaderOptions options) {
    this.in = in;
    this.options = options;
    this.lines = new Utf8LineReader(in, options.maxLineBytes(), "--max-text-length");
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = lines.next();
    }
    return next != null;
  }

  @Override
  public CorpusRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Utf8LineReader.Line l = next;
    next = null;
    String id = Long.toString(l.number());
    if (l.error() != null) {
      return new BadRecord(l.number(), id, l.error());
    }
    if (l.text().length() > options.maxTextLength()) {
      return new BadRecord(l.number(), id, options.tooLong(l.text().length()));
    }
    return new Reflection(l.number(), id, l.text(), null, Map.of());
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
