package io.github.pgtagger.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line reader copies lines in pieces and decodes them through the JDK's fast path; every line, error and line
 * number must be what a byte-by-byte reader with a strict decoder gives ({@link #reference}).
 */
class Utf8LineReaderTest {
  private static final byte[][] PIECES = {
      "ik slaap slecht".getBytes(StandardCharsets.UTF_8), "café naïef".getBytes(StandardCharsets.UTF_8),
      "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8),
      {'\n'}, {'\r', '\n'}, {'\r'}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF5}, {(byte) 0xE2, (byte) 0x82}, {' '}, {'x'}};

  @Test
  void linesErrorsAndNumbersAreThoseOfAStrictByteByByteReader() {
    Random random = new Random(20261122);
    for (int round = 0; round < 40; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int size = round < 4 ? 200_000 : random.nextInt(300);
      boolean longLines = random.nextBoolean();
      while (out.size() < size) {
        byte[] p = PIECES[random.nextInt(PIECES.length)];
        if (longLines && p[0] == '\n' && random.nextInt(8) > 0) {
          continue; // fewer line ends: lines over the limit and across the 64 KB chunks
        }
        out.write(p, 0, p.length);
      }
      byte[] input = out.toByteArray();
      int limit = round % 3 == 0 ? 1 << 20 : 1 + random.nextInt(120);
      assertThat(read(input, limit)).as("round %d, limit %d", round, limit).isEqualTo(reference(input, limit));
    }
  }

  @Test
  void aLineOfExactlyTheLimitIsReadAndOneByteMoreIsReported() {
    byte[] input = "abcde\nabcdef\nabc".getBytes(StandardCharsets.UTF_8);
    List<Utf8LineReader.Line> lines = read(input, 5);
    assertThat(lines).extracting(Utf8LineReader.Line::text).containsExactly("abcde", null, "abc");
    assertThat(lines.get(1).error()).isEqualTo("line is longer than the limit of 5 bytes; raise it with --opt");
    assertThat(lines).isEqualTo(reference(input, 5));
  }

  @Test
  void aReplacementCharacterWrittenInTheTextIsNotAnError() {
    List<Utf8LineReader.Line> lines = read("a \uFFFD b\n".getBytes(StandardCharsets.UTF_8), 100);
    assertThat(lines).containsExactly(new Utf8LineReader.Line(1, "a \uFFFD b", null));
  }

  @Test
  void malformedBytesAreReportedWithTheirPosition() {
    byte[] input = {'o', 'k', '\n', 'a', (byte) 0xC0, (byte) 0x80, '\n',
        'b', 'c', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
    List<Utf8LineReader.Line> lines = read(input, 100);
    assertThat(lines.get(0).text()).isEqualTo("ok");
    assertThat(lines.get(1).error()).startsWith("invalid UTF-8 at byte 2 of the line");
    assertThat(lines.get(2).error()).startsWith("invalid UTF-8 at byte 3 of the line");
    assertThat(lines).isEqualTo(reference(input, 100));
  }

  private static List<Utf8LineReader.Line> read(byte[] input, int limit) {
    Utf8LineReader r = new Utf8LineReader(new ByteArrayInputStream(input), limit, "--opt");
    List<Utf8LineReader.Line> out = new ArrayList<>();
    for (Utf8LineReader.Line l = r.next(); l != null; l = r.next()) {
      out.add(l);
    }
    return out;
  }

  /** Byte by byte, every line through a strict decoder. */
  private static List<Utf8LineReader.Line> reference(byte[] input, int limit) {
    List<Utf8LineReader.Line> out = new ArrayList<>();
    int i = 0;
    long number = 0;
    while (i < input.length) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean tooLong = false;
      while (i < input.length && input[i] != '\n') {
        if (line.size() >= limit) {
          tooLong = true;
        } else {
          line.write(input[i]);
        }
        i++;
      }
      i++; // the newline, or past the end
      number++;
      if (tooLong) {
        out.add(new Utf8LineReader.Line(number, null,
            "line is longer than the limit of " + limit + " bytes; raise it with --opt"));
        continue;
      }
      byte[] b = line.toByteArray();
      int from = number == 1 && b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
          && (b[2] & 0xFF) == 0xBF ? 3 : 0;
      int to = b.length > from && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
      CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      try {
        out.add(new Utf8LineReader.Line(number, strict.decode(ByteBuffer.wrap(b, from, to - from)).toString(), null));
      } catch (CharacterCodingException e) {
        ByteBuffer bb = ByteBuffer.wrap(b, from, to - from);
        strict.reset().decode(bb, CharBuffer.allocate(to - from + 1), true);
        out.add(new Utf8LineReader.Line(number, null, "invalid UTF-8 at byte " + (bb.position() - from + 1)
            + " of the line; save the file as UTF-8"));
      }
    }
    return out;
  }
}
