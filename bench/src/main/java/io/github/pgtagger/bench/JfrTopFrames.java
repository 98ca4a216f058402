package io.github.pgtagger.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Aggregates the execution samples of a JFR recording: the top methods by self samples (the frame on top of the
 * stack) and by total samples (anywhere on the stack), as shares of all samples.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.pgtagger.bench.JfrTopFrames REC.jfr [N]}
 */
public final class JfrTopFrames {
  private JfrTopFrames() {}

  /** Prints the top {@code N} (default 25) methods of a recording. */
  public static void main(String[] args) throws IOException {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      samples++;
      self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String n = name(f.getMethod());
        if (seen.add(n)) {
          total.merge(n, 1, Integer::sum);
        }
      }
    }
    System.out.println("samples: " + samples);
    print("self", self, samples, top);
    print("total (on stack)", total, samples, top);
  }

  private static String name(RecordedMethod m) {
    String type = m.getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + m.getName();
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.println("== " + title);
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(en -> System.out.printf(Locale.ROOT, "%6.1f%%  %s%n", 100.0 * en.getValue() / samples,
            en.getKey()));
  }
}
