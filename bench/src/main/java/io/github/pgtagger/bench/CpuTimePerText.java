package io.github.pgtagger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * A complement to the JMH figures on a shared machine: the CPU time (not wall time) of the measuring thread per
 * text for the same operations as {@link TaggingBenchmark}, so that time the thread spends descheduled while
 * other processes run does not count. Each operation is warmed up, then timed in {@code ROUNDS} rounds over the
 * cycle of texts; the median and the spread of the rounds are printed. CPU time still includes slowdowns from
 * sharing caches and cores, so treat it as a cross-check, not a replacement, of JMH.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.pgtagger.bench.CpuTimePerText [bundled|large] [ROUNDS]}
 */
public final class CpuTimePerText {
  private static final long WARMUP_CPU_NANOS = 3_000_000_000L;
  private static final int SLOW_TEXTS = 256;
  private CpuTimePerText() {}

  /** Prints microseconds of CPU per text for each operation. */
  public static void main(String[] args) throws Exception {
    String lexicon = args.length > 0 ? args[0] : "bundled";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    TaggingBenchmark b = new TaggingBenchmark();
    b.lexicon = lexicon;
    b.setUp();
    TaggingBenchmark.Cursor c = new TaggingBenchmark.Cursor();
    Map<String, IntUnaryOperator> ops = new LinkedHashMap<>();
    ops.put("stockAnalyzer", i -> call(() -> b.stockAnalyzer(c)));
    ops.put("reflectionAnalyzer", i -> call(() -> b.reflectionAnalyzer(c)));
    ops.put("tagger", i -> b.tagger(c).dimensions().size());
    ops.put("taggerDetectingLanguage", i -> b.taggerDetectingLanguage(c).dimensions().size());
    ops.put("memoryIndexPerLabelQuery", i -> b.memoryIndexPerLabelQuery(c));
    ops.put("regexAlternation", i -> b.regexAlternation(c));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    System.out.printf(Locale.ROOT, "lexicon=%s, %d rounds; microseconds of CPU per text: median [min, max]%n",
        lexicon, rounds);
    Map<String, Double> medians = new LinkedHashMap<>();
    for (Map.Entry<String, IntUnaryOperator> op : ops.entrySet()) {
      boolean slow = op.getKey().startsWith("memoryIndex") || op.getKey().startsWith("regex");
      // the per-label query and regex baselines are two or more orders of magnitude slower: a sample of texts
      int texts = slow ? SLOW_TEXTS : TaggingBenchmark.TEXTS;
      int sink = 0;
      long warmUntil = mx.getCurrentThreadCpuTime() + WARMUP_CPU_NANOS;
      while (mx.getCurrentThreadCpuTime() < warmUntil) {
        for (int i = 0; i < texts; i++) {
          sink += op.getValue().applyAsInt(i);
        }
      }
      List<Double> perText = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < texts; i++) {
          sink += op.getValue().applyAsInt(i);
        }
        perText.add((mx.getCurrentThreadCpuTime() - t0) / 1e3 / texts);
      }
      double[] sorted = perText.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double median = sorted[sorted.length / 2];
      medians.put(op.getKey(), median);
      System.out.printf(Locale.ROOT, "%-26s %9.2f  [%.2f, %.2f]  (sink %d)%n", op.getKey(), median, sorted[0],
          sorted[sorted.length - 1], sink & 1);
    }
    double stock = medians.get("stockAnalyzer");
    double tagger = medians.get("tagger");
    System.out.printf(Locale.ROOT, "tagger throughput / stock analyzer throughput = %.2f%n", stock / tagger);
    System.out.printf(Locale.ROOT, "tagger throughput / MemoryIndex baseline throughput = %.1f%n",
        medians.get("memoryIndexPerLabelQuery") / tagger);
    System.out.printf(Locale.ROOT, "tagger throughput / regex baseline throughput = %.1f%n",
        medians.get("regexAlternation") / tagger);
    b.tearDown();
  }

  private interface IoOp {
    int run() throws Exception;
  }

  private static int call(IoOp op) {
    try {
      return op.run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
