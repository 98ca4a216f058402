package io.github.pgtagger.bench;

import io.github.pgtagger.tagging.Tagger;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Prints how long after JVM start the default tagger is built and has tagged its first text, how long the build
 * alone took, and the CPU time of the main thread until then (JVM start-up on that thread, class loading, the build
 * and the two first tags: a figure that a busy machine inflates much less than the wall times). Run it as a fresh
 * JVM each time (bench/run.sh repeats it).
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.pgtagger.bench.BuildTime [bundled|large]}
 */
public final class BuildTime {
  private BuildTime() {}

  /** Builds the tagger once and prints the times. */
  public static void main(String[] args) {
    String lexicon = args.length > 0 ? args[0] : "bundled";
    long t0 = System.nanoTime();
    Tagger tagger = SyntheticLexicons.tagger(lexicon);
    long built = System.currentTimeMillis();
    long t1 = System.nanoTime();
    tagger.tag("Ik slaap slecht door de pijn in mijn rug.");
    tagger.tag("I feel lonely since my wife died.");
    long tagged = System.currentTimeMillis();
    long mainThreadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf(Locale.ROOT, "lexicon=%s sinceJvmStartMs=%d buildMs=%.1f firstTagsDoneSinceJvmStartMs=%d"
        + " mainThreadCpuMs=%.0f%n", lexicon, built - jvmStart, (t1 - t0) / 1e6, tagged - jvmStart,
        mainThreadCpu / 1e6);
  }
}
