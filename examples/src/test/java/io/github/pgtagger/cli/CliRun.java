package io.github.pgtagger.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command-line tool in this JVM and captures its exit status and standard error. */
record CliRun(int status, String err) {
  static synchronized CliRun of(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int status = PgTaggerCommand.execute(args);
      return new CliRun(status, buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(old);
    }
  }
}
