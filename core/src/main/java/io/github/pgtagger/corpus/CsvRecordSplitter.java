package io.github.pgtagger.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a CSV byte stream into records (RFC 4180 quoting: a field that starts with {@code "} runs to the next
 * single {@code "}, {@code ""} inside it is a quote, line breaks inside it belong to the field) and decodes each
 * record as strict UTF-8, so that a bad record is reported on its own. Records end at {@code \n}, {@code \r\n} or
 * {@code \r} outside quotes; empty lines are skipped. A leading UTF-8 byte order mark is dropped.
 *
 * <p>Memory is bounded by {@code maxRecordBytes}: a longer record is skipped to its end and reported. When a quoted
 * field is still open at the end of the input and the rest of the input fits in that bound, only the first line of
 * the broken record is reported and splitting resumes on the line after it, so one stray quote does not swallow
 * the rows after it.
 */
final class CsvRecordSplitter {
  /**
   * A record, or why it could not be read.
   *
   * @param firstLine physical line where the record starts (1-based)
   * @param lastLine physical line where it ends
   * @param text the decoded record without its line terminator, or null on error
   * @param error what is wrong, or null
   */
  record Raw(long firstLine, long lastLine, String text, String error) {}

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final InputStream in;
  private final int maxRecordBytes;
  private final String limitHint;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] chunk = new byte[65536];
  private int chunkPos;
  private int chunkLen;
  private boolean streamEnded;
  private byte[] pending = new byte[0];
  private int pendingPos;
  private byte[] buf = new byte[1024];
  private long line = 1;
  /** The separator; 0 while splitting the header, where any of {@code , ; TAB} starts a field. */
  private byte separator;
  private final int[] separatorCounts = new int[3];

  CsvRecordSplitter(InputStream in, int maxRecordBytes, String limitHint) {
    this.in = in;
    this.maxRecordBytes = maxRecordBytes;
    this.limitHint = limitHint;
    dropByteOrderMark();
  }

  /** Sets the separator used from the next record on. */
  void separator(char c) {
    this.separator = (byte) c;
  }

  /** How often {@code ,}, {@code ;} and TAB occurred outside quotes so far (used on the header). */
  int[] separatorCounts() {
    return separatorCounts.clone();
  }

  private void dropByteOrderMark() {
    byte[] head = new byte[3];
    int n = 0;
    while (n < 3) {
      int b = readStream();
      if (b < 0) {
        break;
      }
      head[n++] = (byte) b;
    }
    if (n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return;
    }
    pending = Arrays.copyOf(head, n);
    pendingPos = 0;
  }

  private int readStream() {
    if (chunkPos == chunkLen) {
      if (streamEnded) {
        return -1;
      }
      try {
        chunkLen = in.read(chunk);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      chunkPos = 0;
      if (chunkLen <= 0) {
        chunkLen = 0;
        streamEnded = true;
        return -1;
      }
    }
    return chunk[chunkPos++] & 0xFF;
  }

  private int read() {
    if (pendingPos < pending.length) {
      return pending[pendingPos++] & 0xFF;
    }
    return readStream();
  }

  private int peek() {
    if (pendingPos < pending.length) {
      return pending[pendingPos] & 0xFF;
    }
    int b = readStream();
    if (b >= 0) {
      chunkPos--;
    }
    return b;
  }

  private boolean isSeparator(int b) {
    if (separator != 0) {
      return b == separator;
    }
    return b == ',' || b == ';' || b == '\t';
  }

  private void countSeparator(int b) {
    if (b == ',') {
      separatorCounts[0]++;
    } else if (b == ';') {
      separatorCounts[1]++;
    } else if (b == '\t') {
      separatorCounts[2]++;
    }
  }

  /** The next record, or null at the end of the input. */
  Raw next() {
    while (true) {
      long startLine = line;
      int len = 0;
      boolean tooLong = false;
      boolean any = false;
      int state = FIELD_START;
      boolean atEnd = false;
      while (true) {
        int b = read();
        if (b < 0) {
          atEnd = true;
          break;
        }
        any = true;
        if (state == QUOTED) {
          if (b == '"') {
            state = QUOTE_IN_QUOTED;
          } else if (b == '\n' || (b == '\r' && peek() != '\n')) {
            line++;
          }
        } else {
          if (state == QUOTE_IN_QUOTED) {
            if (b == '"') {
              state = QUOTED;
              if (len < maxRecordBytes) {
                buf = ensure(buf, len);
                buf[len++] = (byte) b;
              } else {
                tooLong = true;
              }
              continue;
            }
            state = UNQUOTED;
          }
          if (b == '\n') {
            break;
          }
          if (b == '\r') {
            if (peek() == '\n') {
              read();
            }
            break;
          }
          if (isSeparator(b)) {
            if (separator == 0) {
              countSeparator(b);
            }
            state = FIELD_START;
          } else if (b == '"' && state == FIELD_START) {
            state = QUOTED;
          } else {
            state = UNQUOTED;
          }
        }
        if (len < maxRecordBytes) {
          buf = ensure(buf, len);
          buf[len++] = (byte) b;
        } else {
          tooLong = true;
        }
      }
      long lastLine = line;
      if (!atEnd) {
        line++;
      }
      if (!any) {
        return null;
      }
      if (state == QUOTED) {
        return unclosedQuote(startLine, lastLine, len, tooLong);
      }
      if (tooLong) {
        return new Raw(startLine, lastLine, null, "the row is larger than the limit of " + maxRecordBytes
            + " bytes; raise it with " + limitHint);
      }
      if (len == 0) {
        if (atEnd) {
          return null;
        }
        continue;
      }
      try {
        String text = decoder.reset().decode(ByteBuffer.wrap(buf, 0, len)).toString();
        return new Raw(startLine, lastLine, text, null);
      } catch (CharacterCodingException e) {
        return new Raw(startLine, lastLine, null, "invalid UTF-8 at byte " + (firstInvalid(buf, len) + 1)
            + " of the row; save the file as UTF-8");
      }
    }
  }

  private Raw unclosedQuote(long startLine, long lastLine, int len, boolean tooLong) {
    if (!tooLong) {
      int eol = 0;
      while (eol < len && buf[eol] != '\n' && buf[eol] != '\r') {
        eol++;
      }
      if (eol < len) {
        int resume = eol + 1;
        if (buf[eol] == '\r' && resume < len && buf[resume] == '\n') {
          resume++;
        }
        pending = Arrays.copyOfRange(buf, resume, len);
        pendingPos = 0;
        line = startLine + 1;
        return new Raw(startLine, startLine, null, "a quoted field is not closed; check the quotes on line "
            + startLine + " (reading resumes on the next line)");
      }
      return new Raw(startLine, lastLine, null, "a quoted field is not closed before the end of the input");
    }
    return new Raw(startLine, lastLine, null, "a quoted field that starts on line " + startLine
        + " is not closed, or the row is larger than the limit of " + maxRecordBytes + " bytes; lines "
        + startLine + " to " + lastLine + " were skipped; check the quotes on line " + startLine
        + " or raise " + limitHint);
  }

  private byte[] ensure(byte[] b, int len) {
    return len < b.length ? b : Arrays.copyOf(b, (int) Math.min((long) b.length * 2, maxRecordBytes));
  }

  private static int firstInvalid(byte[] b, int len) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bb = ByteBuffer.wrap(b, 0, len);
    d.decode(bb, java.nio.CharBuffer.allocate(len + 1), true);
    return bb.position();
  }
}
