package io.github.pgtagger.bench;

import io.github.pgtagger.tagging.Tagger;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.model.Language;
import java.util.Locale;

/**
 * Measures the heap a built tagger retains: used heap after full GCs before and after building it (and tagging a
 * few hundred texts from two threads, so per-thread analysis state is included). Everything the build leaves
 * reachable counts, including static caches it fills (aspect set, codebook, class statics), so this is an upper
 * bound. Run with {@code -XX:+UseSerialGC} for stable figures.
 *
 * <p>Usage: {@code java -XX:+UseSerialGC -cp benchmarks.jar io.github.pgtagger.bench.RetainedHeap [bundled|large]}
 */
public final class RetainedHeap {
  private RetainedHeap() {}

  static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Prints the retained heap of one tagger in MB. */
  public static void main(String[] args) throws Exception {
    String lexicon = args.length > 0 ? args[0] : "bundled";
    List<ReflectionGenerator.Row> rows = ReflectionGenerator.generate(400, 7);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    Tagger tagger = SyntheticLexicons.tagger(lexicon);
    Runnable work = () -> rows.forEach(r -> tagger.tag(r.text()));
    Thread other = new Thread(work);
    other.start();
    work.run();
    other.join();
    long after = usedAfterGc(memory);
    System.out.printf(Locale.ROOT, "lexicon=%s retainedHeapMB=%.2f (used after GC: before %.2f MB, after %.2f MB)%n",
        lexicon, (after - before) / 1048576.0, before / 1048576.0, after / 1048576.0);
    // the stored schemes read each key when a text first needs it: every entry's examples need at least one
    int examples = 0;
    for (Language l : tagger.languages()) {
      for (Lexicon lex : tagger.lexicons(l)) {
        for (LexiconEntry e : lex.entries()) {
          for (String x : e.matchExamples()) {
            tagger.tag(x, l);
            examples++;
          }
        }
      }
    }
    long all = usedAfterGc(memory);
    System.out.printf(Locale.ROOT, "lexicon=%s retainedHeapMB after tagging all %d lexicon examples=%.2f%n",
        lexicon, examples, (all - before) / 1048576.0);
    Reference.reachabilityFence(tagger);
  }
}
