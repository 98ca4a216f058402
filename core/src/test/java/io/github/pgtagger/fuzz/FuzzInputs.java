package io.github.pgtagger.fuzz;

import java.nio.charset.StandardCharsets;

/** Turns fuzzer bytes into test values. */
final class FuzzInputs {
  /**
   * How long one target runs in fuzzing mode ({@code JAZZER_FUZZ=1}); no effect in regression mode. Raise it here to
   * fuzz longer (see docs/robustness.md).
   */
  static final String FUZZ_DURATION = "10m";

  private FuzzInputs() {}

  /**
   * A text from raw bytes. Bytes that start with {@code FE FF} (never valid UTF-8) are read as raw UTF-16BE code
   * units, so that any char sequence can occur, lone surrogates included; other bytes are decoded as UTF-8 with
   * replacement, so that seed files stay readable.
   */
  static String text(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      char[] chars = new char[(bytes.length - 2) / 2];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (((bytes[2 + 2 * i] & 0xFF) << 8) | (bytes[3 + 2 * i] & 0xFF));
      }
      return new String(chars);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
