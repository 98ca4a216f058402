package io.github.pgtagger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tagging with several threads writes exactly the rows, in exactly the order, of tagging with one. */
class TagCommandThreadsTest {
  @TempDir
  Path dir;

  @Test
  void sameOutputInTheSameOrderWithAnyNumberOfThreads() throws IOException {
    String[] texts = {
      "Mijn rug doet al weken pijn en ik slaap daardoor slecht.",
      "I feel lonely since my friends moved away.",
      "De trein vertrekt om acht uur.",
      "Ik voel me niet serieus genomen door de gemeente.",
      "Since I started volunteering I feel useful again.",
    };
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 1_300; i++) {
      if (i % 97 == 13) {
        lines.add("{not json " + i);
      } else if (i % 211 == 5) {
        lines.add("{\"id\":\"r" + i + "\",\"text\":\"pijn\",\"lang\":\"fr\"}");
      } else {
        lines.add("{\"id\":\"r" + i + "\",\"text\":\"" + texts[i % texts.length] + " (" + i + ")\",\"groep\":\"g"
            + (i % 3) + "\"}");
      }
    }
    Path in = dir.resolve("in.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    String one = null;
    for (String threads : List.of("1", "2", "5")) {
      Path out = dir.resolve("out-" + threads + ".jsonl");
      CliRun r = CliRun.run("tag", "-i", in.toString(), "-o", out.toString(), "--threads", threads);
      assertThat(r.status()).as(r.err()).isEqualTo(1); // the bad rows
      String written = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(written.lines().count()).isEqualTo(lines.size());
      if (one == null) {
        one = written;
      } else {
        assertThat(written).as("--threads " + threads).isEqualTo(one);
      }
    }
    assertThat(one.lines().filter(l -> l.contains("\"error\"")).count()).isEqualTo(14 + 7);
    assertThat(one.lines().skip(200).findFirst().orElseThrow()).contains("\"id\":\"r200\"");
  }

  @Test
  void threadCountOutOfRangeIsAUsageError() {
    CliRun r = CliRun.run("tag", "-i", "-", "-o", dir.resolve("x.jsonl").toString(), "--threads", "0");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--threads").contains("0");
    assertThat(dir.resolve("x.jsonl")).doesNotExist();
  }
}
