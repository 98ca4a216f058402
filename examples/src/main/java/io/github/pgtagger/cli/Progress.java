package io.github.pgtagger.cli;

/** Prints a progress count on stderr every second, only when stderr is a terminal. */
final class Progress {
  private final String what;
  private final boolean enabled;
  private long count;
  private long lastPrint;

  private Progress(String what, boolean enabled) {
    this.what = what;
    this.enabled = enabled;
    this.lastPrint = System.nanoTime();
  }

  static Progress start(String what) {
    return new Progress(what, System.console() != null);
  }

  void step() {
    count++;
    if (enabled && (count & 1023) == 0) {
      long now = System.nanoTime();
      if (now - lastPrint > 1_000_000_000L) {
        lastPrint = now;
        System.err.print("\r" + what + ": " + count + " rows");
      }
    }
  }

  void done() {
    if (enabled && count > 0) {
      System.err.println("\r" + what + ": " + count + " rows, done");
    }
  }
}
