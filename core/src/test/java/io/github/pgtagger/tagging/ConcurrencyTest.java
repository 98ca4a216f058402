package io.github.pgtagger.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pgtagger.model.TaggingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One tagger shared by 8 threads gives exactly the sequential results. */
class ConcurrencyTest {
  private static final String[] FRAGMENTS = {
    "Mijn rug doet al weken pijn", "ik slaap slecht", "sinds de verhuizing voel ik me eenzaam",
    "ik kan niet rondkomen", "geen pijn meer", "lekker in m'n vel", "de trein was te laat",
    "I feel lonely in the evenings", "my knee hurts when I walk", "I can't make ends meet",
    "als ambassadeur inspireer ik collega's", "we voeren het andere gesprek met het spinnenweb",
    "ik wil zelf de regie houden", "zorg en welzijn spreken dezelfde taal", "het regent al de hele dag",
    "ik ben dankbaar voor mijn kleinkinderen", "my garden is full of weeds", "ik werk weer drie dagen",
  };

  static List<String> texts(int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int parts = 1 + r.nextInt(3);
      StringBuilder sb = new StringBuilder();
      for (int p = 0; p < parts; p++) {
        if (p > 0) {
          sb.append(r.nextBoolean() ? ", " : ". ");
        }
        sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
      }
      out.add(sb.append('.').toString());
    }
    return out;
  }

  @Test
  void eightThreadsGiveTheSequentialResults() throws Exception {
    Tagger tagger = TaggerTest.TAGGER;
    List<String> texts = texts(10_000, 42);
    List<TaggingResult> sequential = new ArrayList<>();
    for (String t : texts) {
      sequential.add(tagger.tag(t));
    }
    TaggingResult[] parallel = new TaggingResult[texts.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        futures.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
            parallel[i] = tagger.tag(texts.get(i));
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential.stream().filter(r -> !r.isEmpty()).count()).isGreaterThan(5_000);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(parallel[i]).as(texts.get(i)).isEqualTo(sequential.get(i));
    }
  }
}
