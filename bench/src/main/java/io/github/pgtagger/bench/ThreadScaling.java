package io.github.pgtagger.bench;

import io.github.pgtagger.tagging.Tagger;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Thread scaling with the processor time the threads actually got: a complement to {@link ThreadScalingBenchmark}
 * on a shared machine. Each round runs five timed phases back to back (the tagger with one thread, with two threads
 * sharing one tagger, with two threads and a tagger each, then the stock analyzers with one and two threads; each
 * thread with its own cursor over the texts of {@link TaggingBenchmark}) and reports per phase the throughput, the
 * CPU time per text and the number of processors used (the threads' CPU time divided by the wall time). A
 * two-thread phase that used fewer than {@value #FULL_CPUS} processors was partly descheduled by other processes,
 * so its throughput says more about the machine than about the code; the summary gives the median scaling over all
 * rounds and over the rounds in which every two-thread phase got the processors. The phase with a tagger per thread
 * shows what sharing one tagger costs.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.pgtagger.bench.ThreadScaling [bundled|large] [ROUNDS]
 * [PHASE_MILLIS]}
 */
public final class ThreadScaling {
  /** Processors a two-thread phase must have used to count as a round the machine did not disturb. */
  static final double FULL_CPUS = 1.8;
  private static final int PAD = 16;
  private static final int WARMUP_ROUNDS = 3;

  private ThreadScaling() {}

  private interface Op {
    int apply(TaggingBenchmark.Cursor c) throws Exception;
  }

  /** Throughput (texts/s), CPU microseconds per text and processors used of one phase. */
  record Phase(double textsPerSecond, double cpuMicrosPerText, double cpusUsed) {}

  /** Runs {@code op} on {@code threads} threads for {@code millis} milliseconds. */
  static Phase run(Op op, int threads, long millis) throws InterruptedException {
    Op[] ops = new Op[threads];
    Arrays.fill(ops, op);
    return run(ops, millis);
  }

  /** Runs {@code ops[t]} on thread {@code t}, one thread per op, for {@code millis} milliseconds. */
  static Phase run(Op[] ops, long millis) throws InterruptedException {
    int threads = ops.length;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch start = new CountDownLatch(1);
    long[] counts = new long[threads * PAD];
    long[] cpu = new long[threads * PAD];
    int[] sinks = new int[threads * PAD]; // results kept, so that the JIT cannot drop the work
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int slot = t * PAD;
      Op op = ops[t];
      TaggingBenchmark.Cursor cursor = new TaggingBenchmark.Cursor();
      cursor.next = t * (TaggingBenchmark.TEXTS / 2);
      workers[t] = new Thread(() -> {
        try {
          start.await();
          long c0 = mx.getCurrentThreadCpuTime();
          long n = 0;
          int sink = 0;
          while (!stop.get()) {
            sink += op.apply(cursor);
            n++;
          }
          cpu[slot] = mx.getCurrentThreadCpuTime() - c0;
          counts[slot] = n;
          sinks[slot] = sink;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, "scaling-" + t);
      workers[t].start();
    }
    long w0 = System.nanoTime();
    start.countDown();
    Thread.sleep(millis);
    stop.set(true);
    for (Thread w : workers) {
      w.join();
    }
    long wall = System.nanoTime() - w0;
    long n = 0;
    long c = 0;
    for (int t = 0; t < threads; t++) {
      n += counts[t * PAD];
      c += cpu[t * PAD];
    }
    return new Phase(n * 1e9 / wall, c / 1e3 / Math.max(1, n), (double) c / wall);
  }

  /** Prints the phases of each round and the median scaling. */
  public static void main(String[] args) throws Exception {
    String lexicon = args.length > 0 ? args[0] : "bundled";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    long millis = args.length > 2 ? Long.parseLong(args[2]) : 2000;
    TaggingBenchmark b = new TaggingBenchmark();
    b.lexicon = lexicon;
    b.setUp();
    Op tagger = c -> b.tagger(c).dimensions().size();
    // the same texts with a second tagger of its own: two threads that share nothing of pgtagger's
    Tagger second = SyntheticLexicons.tagger(lexicon);
    Op ownTagger = c -> {
      int i = c.advance();
      return second.tag(b.texts[i], b.languages[i]).dimensions().size();
    };
    Op[] taggerEach = {tagger, ownTagger};
    Op stock = b::stockAnalyzer;
    for (int w = 0; w < WARMUP_ROUNDS; w++) {
      run(tagger, 2, millis);
      run(taggerEach, millis);
      run(stock, 2, millis);
    }
    System.out.printf(Locale.ROOT, "lexicon=%s, %d rounds of %d ms phases; per phase: texts/s, CPU us/text,"
        + " processors used%n", lexicon, rounds, millis);
    List<Double> taggerAll = new ArrayList<>();
    List<Double> stockAll = new ArrayList<>();
    List<Double> taggerFull = new ArrayList<>();
    List<Double> stockFull = new ArrayList<>();
    List<Double> eachAll = new ArrayList<>();
    List<Double> eachFull = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      Phase t1 = run(tagger, 1, millis);
      Phase t2 = run(tagger, 2, millis);
      Phase e2 = run(taggerEach, millis);
      Phase s1 = run(stock, 1, millis);
      Phase s2 = run(stock, 2, millis);
      double ts = t2.textsPerSecond() / t1.textsPerSecond();
      double es = e2.textsPerSecond() / t1.textsPerSecond();
      double ss = s2.textsPerSecond() / s1.textsPerSecond();
      boolean full = t2.cpusUsed() >= FULL_CPUS && e2.cpusUsed() >= FULL_CPUS && s2.cpusUsed() >= FULL_CPUS;
      System.out.printf(Locale.ROOT, "round %2d  tagger 1t %s  2t shared %s  -> %.2fx  2t one each %s  -> %.2fx"
          + " | stock 1t %s  2t %s  -> %.2fx%s%n", r, format(t1), format(t2), ts, format(e2), es, format(s1),
          format(s2), ss, full ? "" : "  (a two-thread phase descheduled)");
      taggerAll.add(ts);
      eachAll.add(es);
      stockAll.add(ss);
      if (full) {
        taggerFull.add(ts);
        eachFull.add(es);
        stockFull.add(ss);
      }
    }
    System.out.printf(Locale.ROOT, "all %d rounds: median scaling tagger %.2fx (one tagger per thread %.2fx),"
        + " stock analyzers %.2fx%n", rounds, median(taggerAll), median(eachAll), median(stockAll));
    if (taggerFull.isEmpty()) {
      System.out.printf(Locale.ROOT, "no round had >= %.1f processors in all two-thread phases%n", FULL_CPUS);
    } else {
      System.out.printf(Locale.ROOT, "%d rounds with >= %.1f processors in all two-thread phases: median scaling"
          + " tagger %.2fx [%.2f, %.2f] (one tagger per thread %.2fx), stock analyzers %.2fx%n", taggerFull.size(),
          FULL_CPUS, median(taggerFull), min(taggerFull), max(taggerFull), median(eachFull), median(stockFull));
    }
    b.tearDown();
  }

  private static String format(Phase p) {
    return String.format(Locale.ROOT, "%7.0f/s %6.2f us %.2f cpu", p.textsPerSecond(), p.cpuMicrosPerText(),
        p.cpusUsed());
  }

  static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }

  private static double min(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
