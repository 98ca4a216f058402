package io.github.pgtagger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pgtagger tag} under hostile input: one output line per input line in input order, error rows that say
 * what is wrong, exit status 1 after all rows are written, and no half-written output when the run fails.
 */
class HostileInputCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LONG_TOKEN = "a".repeat(100_000);

  @TempDir
  Path dir;

  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      byte[] b = p instanceof byte[] ? (byte[]) p : p.toString().getBytes(StandardCharsets.UTF_8);
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }

  static String json(String s) throws IOException {
    return JSON.writeValueAsString(s);
  }

  /** Runs the command with stderr captured; returns the exit status and stderr. */
  static Map.Entry<Integer, String> run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int status = PgTaggerCommand.execute(args);
      return Map.entry(status, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  static List<JsonNode> rows(Path out) throws IOException {
    byte[] b = Files.readAllBytes(out);
    assertThat(b[b.length - 1]).as("output ends with a newline").isEqualTo((byte) '\n');
    List<JsonNode> rows = new ArrayList<>();
    for (String l : new String(b, StandardCharsets.UTF_8).split("\n", -1)) {
      if (!l.isEmpty()) {
        rows.add(JSON.readTree(l));
      }
    }
    return rows;
  }

  /** Every evidence span of a tagged row slices the input text exactly. */
  static int assertEvidenceSlices(JsonNode row, String text) {
    int n = 0;
    for (String kind : new String[] {"dimensions", "interpretations"}) {
      for (JsonNode tag : row.get(kind)) {
        for (JsonNode ev : tag.get("evidence")) {
          int start = ev.get("start").asInt();
          int end = ev.get("end").asInt();
          assertThat(text.substring(start, end)).isEqualTo(ev.get("text").asText());
          n++;
        }
      }
    }
    return n;
  }

  List<String> filesInDir() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void jsonlHostileLinesGiveOneRowEachInOrderAndExitOne() throws IOException {
    String emoji = "\uD83D\uDE00\uD83D\uDE00 pijn \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 slaap";
    String rtl = "\u05E9\u05DC\u05D5\u05DD, mijn rug doet pijn \u0645\u0631\u062D\u0628\u0627";
    String zw = "ik voel me een\u200Dzaam, pi\u200Cjn in mijn rug, een\u200Bzaam";
    String controls = "pijn\u0000 in mijn rug\u0007\u001b[0m";
    String longToken = LONG_TOKEN + " ik heb pijn";
    String[] texts = {null, null, null, null, null, controls, null, longToken, emoji, rtl, zw, null, "I feel lonely"};
    Path in = dir.resolve("in.jsonl");
    Files.write(in, bytes(
        "\uFEFF{\"id\":\"r1\",\"text\":\"malformed}\r\n",                                   // 1 BOM, malformed, CRLF
        "{\"id\":\"r2\"}\r\n",                                                               // 2 missing text
        "{\"id\":\"r3\",\"text\":{\"nl\":\"pijn\"}}\n",                                     // 3 non-string text
        bytes("{\"id\":\"r4\",\"text\":\"pijn ", new byte[] {(byte) 0xC3, 0x28}, "\"}\n"),  // 4 invalid UTF-8
        bytes("{\"id\":\"r5\",\"text\":\"raw", new byte[] {0}, "nul\"}\n"),                 // 5 raw NUL in JSON
        "{\"id\":\"r6\",\"text\":" + json(controls) + "}\n",                                // 6 escaped controls
        "{\"id\":\"r7\",\"text\":\"x\",\"m\":" + "[".repeat(40) + "]".repeat(40) + "}\n",   // 7 too deep
        "{\"id\":\"r8\",\"text\":" + json(longToken) + "}\r\n",                             // 8 100k token
        "{\"id\":\"r9\",\"text\":" + json(emoji) + "}\n",                                   // 9 emoji
        "{\"id\":\"r10\",\"text\":" + json(rtl) + "}\n",                                    // 10 right-to-left
        "{\"id\":\"r11\",\"text\":" + json(zw) + "}\n",                                     // 11 zero-width
        "\n",                                                                                // 12 empty line
        "{\"id\":\"r13\",\"text\":\"I feel lonely\"}"));                                    // 13 no final newline
    Path out = dir.resolve("out.jsonl");
    Map.Entry<Integer, String> result = run("tag", "-i", in.toString(), "-o", out.toString());
    assertThat(result.getKey()).isEqualTo(1);
    assertThat(result.getValue()).contains("7 row(s) failed");
    List<JsonNode> rows = rows(out);
    assertThat(rows).hasSize(13);
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      if (texts[i] == null) {
        assertThat(row.get("line").asInt()).as("row %d", i + 1).isEqualTo(i + 1);
        assertThat(row.get("error").asText()).isNotBlank();
      } else {
        assertThat(row.get("id").asText()).isEqualTo("r" + (i + 1));
        assertThat(row.has("error")).isFalse();
        assertEvidenceSlices(row, texts[i]);
      }
    }
    assertThat(rows.get(0).get("error").asText()).startsWith("malformed JSON");
    assertThat(rows.get(1).get("error").asText()).isEqualTo("missing \"text\"");
    assertThat(rows.get(1).get("id").asText()).isEqualTo("r2");
    assertThat(rows.get(2).get("error").asText()).isEqualTo("\"text\" must be a string but is object");
    assertThat(rows.get(3).get("error").asText()).isEqualTo("invalid UTF-8 at byte 25 of the line; save the file as UTF-8");
    assertThat(rows.get(3).get("id").isNull()).isTrue();
    assertThat(rows.get(4).get("error").asText()).startsWith("malformed JSON").contains("CTRL-CHAR");
    assertThat(rows.get(6).get("error").asText())
        .isEqualTo("JSON limit exceeded: Document nesting depth (33) exceeds the maximum allowed (32)");
    assertThat(rows.get(11).get("error").asText()).startsWith("empty line");
    // tagged despite the odd characters, with offsets in UTF-16 units
    assertThat(rows.get(5).get("dimensions").findValuesAsText("text")).contains("pijn");
    assertThat(rows.get(8).get("dimensions").findValues("evidence").get(0).get(0).get("start").asInt()).isEqualTo(5);
    assertThat(rows.get(9).get("dimensions").findValuesAsText("text")).anyMatch(t -> t.contains("pijn"));
    assertThat(rows.get(10).get("dimensions").findValuesAsText("text")).contains("pi\u200Cjn");
    assertThat(rows.get(12).get("language").asText()).isEqualTo("en");
    assertThat(filesInDir()).containsExactly("in.jsonl", "out.jsonl");
  }

  @Test
  void textLinesWithCrlfBomInvalidUtf8AndControlsGiveOneRowEach() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.write(in, bytes(
        "\uFEFFIk voel me eenzaam.\r\n",                                  // 1 BOM + CRLF
        bytes("pijn ", new byte[] {(byte) 0xFF}, " slaap\r\n"),          // 2 invalid UTF-8
        bytes("mijn rug", new byte[] {0, 0x1B}, " doet pijn\n"),          // 3 raw NUL and ESC
        "\r\n",                                                           // 4 empty
        "\u202Emijn rug doet pijn\u202C\n",                               // 5 bidi override
        "laatste regel: ik slaap slecht"));                               // 6 no final newline
    Path out = dir.resolve("out.jsonl");
    assertThat(run("tag", "-i", in.toString(), "-o", out.toString()).getKey()).isEqualTo(1);
    List<JsonNode> rows = rows(out);
    assertThat(rows).hasSize(6);
    assertThat(rows).extracting(r -> r.get("id").asText()).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(assertEvidenceSlices(rows.get(0), "Ik voel me eenzaam.")).isPositive();
    assertThat(rows.get(1).get("error").asText()).isEqualTo("invalid UTF-8 at byte 6 of the line; save the file as UTF-8");
    assertThat(rows.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(assertEvidenceSlices(rows.get(2), "mijn rug\u0000\u001b doet pijn")).isPositive();
    assertThat(rows.get(3).get("dimensions")).isEmpty();
    assertThat(assertEvidenceSlices(rows.get(4), "\u202Emijn rug doet pijn\u202C")).isPositive();
    assertThat(assertEvidenceSlices(rows.get(5), "laatste regel: ik slaap slecht")).isPositive();
  }

  @Test
  void linesOverTheLimitGiveErrorRowsNamingTheLimitAndTheOption() throws IOException {
    Path in = dir.resolve("in.txt");
    int lineLimit = 50 * 4 + 65536;
    Files.write(in, bytes("kort: pijn\n", "t".repeat(51), "\n", "h".repeat(lineLimit + 1000), "\n", "ik slaap slecht\n"));
    Path out = dir.resolve("out.jsonl");
    assertThat(run("tag", "-i", in.toString(), "-o", out.toString(), "--max-text-length", "50").getKey()).isEqualTo(1);
    List<JsonNode> rows = rows(out);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).has("error")).isFalse();
    assertThat(rows.get(1).get("error").asText()).isEqualTo("text of 51 chars is longer than the limit of 50 chars;"
        + " raise it with --max-text-length (API: ReaderOptions.withMaxTextLength)");
    assertThat(rows.get(2).get("error").asText()).isEqualTo("line is longer than the limit of " + lineLimit
        + " bytes; raise it with --max-text-length");
    assertThat(rows.get(2).get("line").asInt()).isEqualTo(3);
    assertThat(rows.get(3).get("id").asText()).isEqualTo("4");
    assertThat(rows.get(3).has("error")).isFalse();
  }

  @Test
  void maxTextLengthMustBePositive() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "pijn\n");
    Map.Entry<Integer, String> r = run("tag", "-i", in.toString(), "-o", dir.resolve("out.jsonl").toString(),
        "--max-text-length", "0");
    assertThat(r.getKey()).isEqualTo(2);
    assertThat(r.getValue()).contains("--max-text-length must be at least 1 but is 0");
    assertThat(filesInDir()).containsExactly("in.txt");
  }

  @Test
  void inputFailingMidwayLeavesTheTargetUnchangedAndNoTemporaryFile() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "previous results\n");
    byte[] good = "Mijn rug doet pijn.\nIk slaap slecht.\n".repeat(2_000).getBytes(StandardCharsets.UTF_8);
    InputStream failing = new InputStream() {
      private final InputStream head = new ByteArrayInputStream(good);

      @Override
      public int read() throws IOException {
        int b = head.read();
        if (b < 0) {
          throw new IOException("simulated read failure");
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = head.read(buf, off, len);
        if (n < 0) {
          throw new IOException("simulated read failure");
        }
        return n;
      }
    };
    InputStream savedIn = System.in;
    System.setIn(failing);
    Map.Entry<Integer, String> result;
    try {
      result = run("tag", "-i", "-", "--input-format", "txt", "-o", out.toString());
    } finally {
      System.setIn(savedIn);
    }
    assertThat(result.getKey()).isEqualTo(2);
    assertThat(result.getValue()).contains("simulated read failure");
    assertThat(Files.readString(out)).isEqualTo("previous results\n");
    assertThat(filesInDir()).containsExactly("out.jsonl");
  }

  @Test
  void outputThatCannotBeMovedIntoPlaceLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("out.jsonl");
    TagCommand.AtomicOutput out = TagCommand.AtomicOutput.open(target.toString());
    out.stream().write("{}\n".getBytes(StandardCharsets.UTF_8));
    out.commit();
    // the target turns into a non-empty directory before the move: the move must fail and clean up
    Files.createDirectories(target.resolve("child"));
    assertThatThrownBy(out::close).isInstanceOf(IOException.class)
        .hasMessageContaining("cannot move the finished output into place").hasMessageContaining("unchanged");
    assertThat(filesInDir()).containsExactly("out.jsonl");
    assertThat(Files.isDirectory(target.resolve("child"))).isTrue();
  }

  @Test
  void uncommittedOutputIsDeletedAndTargetKept() throws IOException {
    Path target = dir.resolve("out.jsonl");
    Files.writeString(target, "old\n");
    try (TagCommand.AtomicOutput out = TagCommand.AtomicOutput.open(target.toString())) {
      out.stream().write("half a row".getBytes(StandardCharsets.UTF_8));
      assertThat(Files.exists(out.temp())).isTrue();
      assertThat(out.temp().getFileName().toString()).startsWith(".out.jsonl.").endsWith(".part");
    }
    assertThat(Files.readString(target)).isEqualTo("old\n");
    assertThat(filesInDir()).containsExactly("out.jsonl");
  }

  @Test
  void outputIsADirectoryOrInAMissingDirectory() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "pijn\n");
    Files.createDirectories(dir.resolve("sub.jsonl"));
    Map.Entry<Integer, String> r = run("tag", "-i", in.toString(), "-o", dir.resolve("sub.jsonl").toString());
    assertThat(r.getKey()).isEqualTo(2);
    assertThat(r.getValue()).contains("is a directory");
    r = run("tag", "-i", in.toString(), "-o", dir.resolve("missing/out.jsonl").toString());
    assertThat(r.getKey()).isEqualTo(2);
    assertThat(r.getValue()).contains("does not exist");
    assertThat(filesInDir()).containsExactly("in.txt", "sub.jsonl");
    try (Stream<Path> s = Files.list(dir.resolve("sub.jsonl"))) {
      assertThat(s).isEmpty();
    }
  }

  @Test
  void outputFileIsReadableByItsOwnerOnly() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "pijn\n");
    Path out = dir.resolve("out.jsonl");
    assertThat(run("tag", "-i", in.toString(), "-o", out.toString()).getKey()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
  }

  /**
   * A process that may not write more than 64 KiB ({@code ulimit -f}) fails while writing: the old output stays
   * as it was. Linux only; runs the command in a child JVM.
   */
  @Test
  void writeFailureInAChildProcessLeavesTheTargetUnchanged() throws Exception {
    assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"));
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")));
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "Mijn rug doet al weken pijn en ik slaap daardoor slecht.\n".repeat(3_000));
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "previous results\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", "ulimit -f 64; exec \"$0\" -cp \"$1\" "
        + "io.github.pgtagger.cli.PgTaggerCommand tag -i \"$2\" -o \"$3\"",
        java, System.getProperty("java.class.path"), in.toString(), out.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(log).isNotZero();
    assertThat(Files.readString(out)).isEqualTo("previous results\n");
    // a failed write deletes the temporary file; only a killed process could leave one behind
    assertThat(filesInDir()).as(log).containsExactlyInAnyOrder("in.txt", "out.jsonl");
  }
}
