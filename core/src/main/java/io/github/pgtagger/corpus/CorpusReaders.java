package io.github.pgtagger.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opens the right {@link CorpusReader} for a file by its extension, or standard input for {@code -}. */
public final class CorpusReaders {
  private CorpusReaders() {}

  /** The input formats. */
  public enum Format {
    /** JSON Lines, one object per line. */
    JSONL,
    /** Plain text, one reflection per line. */
    TXT;

    /** The format of a file name by its extension: {@code .jsonl}/{@code .ndjson} or {@code .txt}. */
    public static Format of(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
        return JSONL;
      }
      if (n.endsWith(".txt") || n.endsWith(".text")) {
        return TXT;
      }
      throw new IllegalArgumentException("cannot tell the format of '" + name
          + "' from its extension; expected .jsonl or .txt");
    }
  }

  /** Opens a reader over a stream in the given format. */
  public static CorpusReader open(InputStream in, Format format, ReaderOptions options) {
    return switch (format) {
      case JSONL -> new JsonlCorpusReader(in, options);
      case TXT -> new TextLinesCorpusReader(in, options);
    };
  }

  /** Opens a reader over a file, choosing the format by its extension. */
  public static CorpusReader open(Path file, ReaderOptions options) throws IOException {
    Format f = Format.of(file.getFileName().toString());
    return open(Files.newInputStream(file), f, options);
  }
}
