package io.github.pgtagger.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines on {@code \n} (dropping a trailing {@code \r} and a leading UTF-8 byte order
 * mark) and decodes each line as strict UTF-8, so that one bad line is reported on its own and never shifts the
 * others. Lines longer than a limit are skipped to their end and reported.
 */
final class Utf8LineReader {
  /** A decoded line, or the reason it could not be decoded. */
  record Line(long number, String text, String error) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final String limitOption;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buf = new byte[8192];
  private final byte[] chunk = new byte[65536];
  private int chunkPos;
  private int chunkLen;
  private long number;
  private boolean eof;

  Utf8LineReader(InputStream in, int maxLineBytes, String limitOption) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.limitOption = limitOption;
  }

  /** The next line, or null at the end of the stream. */
  Line next() {
    if (eof) {
      return null;
    }
    int len = 0;
    boolean tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (chunkPos == chunkLen) {
        try {
          chunkLen = in.read(chunk);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        chunkPos = 0;
        if (chunkLen <= 0) {
          chunkLen = 0;
          eof = true;
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      // copy up to the next newline in one piece
      int nl = chunkPos;
      while (nl < chunkLen && chunk[nl] != '\n') {
        nl++;
      }
      int take = nl - chunkPos;
      if (!tooLong) {
        if (len + take > maxLineBytes) {
          tooLong = true;
        } else {
          if (len + take > buf.length) {
            buf = Arrays.copyOf(buf, Math.min(Math.max(len + take, buf.length * 2), maxLineBytes + 1));
          }
          System.arraycopy(chunk, chunkPos, buf, len, take);
          len += take;
        }
      }
      chunkPos = nl;
      if (nl < chunkLen) {
        chunkPos++; // the newline
        break;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, null, "line is longer than the limit of " + maxLineBytes
          + " bytes; raise it with " + limitOption);
    }
    int startAt = 0;
    if (number == 1 && len >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
      startAt = 3;
    }
    if (len > startAt && buf[len - 1] == '\r') {
      len--;
    }
    // the JDK's decoder replaces malformed input with U+FFFD; only a line that then contains U+FFFD (malformed, or
    // written so) goes through the strict decoder, which tells the two apart
    String fast = new String(buf, startAt, len - startAt, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Line(number, fast, null);
    }
    try {
      CharBuffer cb = decoder.reset().decode(ByteBuffer.wrap(buf, startAt, len - startAt));
      return new Line(number, cb.toString(), null);
    } catch (CharacterCodingException e) {
      int at = firstInvalid(buf, startAt, len);
      return new Line(number, null, "invalid UTF-8 at byte " + (at - startAt + 1) + " of the line; "
          + "save the file as UTF-8");
    }
  }

  private static int firstInvalid(byte[] b, int from, int to) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bb = ByteBuffer.wrap(b, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from + 1);
    d.decode(bb, out, true);
    return bb.position();
  }
}
