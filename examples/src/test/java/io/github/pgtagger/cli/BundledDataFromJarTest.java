package io.github.pgtagger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With core on the class path as its jar (as Maven runs these tests after packaging core, and as users get it),
 * the default tagger is built from the stored binaries: their check against the lexicon JSON then uses the length
 * and CRC-32 that the jar records for each entry. A wrong check would not fail any result, only make every start
 * compile the lexicons again, so this test reads the tagger's debug log in a child JVM.
 */
class BundledDataFromJarTest {
  @TempDir
  Path dir;

  @Test
  void theDefaultTaggerUsesTheStoredBinariesOfTheCoreJar() throws Exception {
    String classPath = System.getProperty("java.class.path");
    assumeTrue(Arrays.stream(classPath.split(File.pathSeparator))
        .anyMatch(p -> p.contains("pgtagger-core") && p.endsWith(".jar")), "core is not on the class path as a jar");
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "Ik slaap slecht door de pijn in mijn rug.\nI feel lonely since my wife died.\n",
        StandardCharsets.UTF_8);

    String defaults = run(classPath, in, dir.resolve("out.jsonl"));
    assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(2);
    assertThat(defaults).doesNotContain("no valid compiled schemes", "no valid precompiled",
        "analyzer differs from the precompiled one");

    // the control: with a lexicon added, the same log does say that it compiles (so the debug log is read)
    Path extra = CliRun.testLexicons(dir)[0];
    String added = run(classPath, in, dir.resolve("out2.jsonl"), "--lexicon", extra.toString());
    assertThat(added).contains("nl: no valid compiled schemes for these lexicons; compiling");
  }

  private String run(String classPath, Path in, Path out, String... more) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug", "-cp", classPath, "io.github.pgtagger.cli.PgTaggerCommand",
        "tag", "-i", in.toString(), "-o", out.toString()));
    cmd.addAll(List.of(more));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    return log;
  }
}
