package io.github.pgtagger.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@link PgTaggerCommand#execute} with stdout and stderr captured. */
record CliRun(int exitCode, String out, String err) {
  static synchronized CliRun run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = PgTaggerCommand.execute(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Same as {@link #run}, for tests that read {@link #status()} and {@link #err()}. */
  static CliRun of(String... args) {
    return run(args);
  }

  /** The exit status. */
  int status() {
    return exitCode;
  }

  /**
   * Writes a Dutch test lexicon (pijn -> BODILY_FUNCTIONS, eenzaam -> PARTICIPATION, ambassadeur -> MOVEMENT) so
   * that tests can run with --no-bundled-lexicons and not depend on the bundled lexicons.
   */
  static Path[] testLexicons(Path dir) throws IOException {
    Path dims = dir.resolve("test-dimensions.json");
    Files.writeString(dims, """
        {"schemaVersion": 1, "language": "nl", "scheme": "dimensions", "provenance": "test",
         "entries": [
           {"id": "t-pain", "label": "BODILY_FUNCTIONS", "aspect": "COMPLAINTS_AND_PAIN", "terms": ["pijn"]},
           {"id": "t-lonely", "label": "PARTICIPATION", "aspect": "SOCIAL_CONTACTS", "terms": ["eenzaam"]}
         ]}
        """, StandardCharsets.UTF_8);
    Path ints = dir.resolve("test-interpretations.json");
    Files.writeString(ints, """
        {"schemaVersion": 1, "language": "nl", "scheme": "interpretations", "provenance": "test",
         "entries": [{"id": "t-ambassador", "label": "MOVEMENT", "terms": ["ambassadeur"]}]}
        """, StandardCharsets.UTF_8);
    return new Path[] {dims, ints};
  }
}
