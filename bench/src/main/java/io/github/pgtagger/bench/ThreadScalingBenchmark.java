package io.github.pgtagger.bench;

import io.github.pgtagger.model.TaggingResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of one shared tagger (and, for reference, of the stock analyzers) with one and with two threads. JMH
 * reports the sum over threads, so the ratio {@code tagger2Threads / tagger1Thread} is the scaling; the same ratio
 * for the stock analyzer shows what the machine itself allows.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThreadScalingBenchmark {
  /** One thread tagging. */
  @Benchmark
  @Threads(1)
  public TaggingResult tagger1Thread(TaggingBenchmark s, TaggingBenchmark.Cursor c) {
    return s.tagger(c);
  }

  /** Two threads tagging with one shared tagger. */
  @Benchmark
  @Threads(2)
  public TaggingResult tagger2Threads(TaggingBenchmark s, TaggingBenchmark.Cursor c) {
    return s.tagger(c);
  }

  /** One thread running the stock analyzers. */
  @Benchmark
  @Threads(1)
  public int stockAnalyzer1Thread(TaggingBenchmark s, TaggingBenchmark.Cursor c) throws IOException {
    return s.stockAnalyzer(c);
  }

  /** Two threads running the stock analyzers. */
  @Benchmark
  @Threads(2)
  public int stockAnalyzer2Threads(TaggingBenchmark s, TaggingBenchmark.Cursor c) throws IOException {
    return s.stockAnalyzer(c);
  }
}
