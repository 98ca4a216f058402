package io.github.pgtagger.cli;

import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconLoader;
import io.github.pgtagger.model.DataFileException;
import io.github.pgtagger.tagging.LexiconExamples;
import io.github.pgtagger.tagging.Tagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pgtagger lexicon-check}: validates lexicon files and runs every entry's examples. */
@Command(name = "lexicon-check", mixinStandardHelpOptions = true,
    description = {"Validate lexicon files and run the match/noMatch examples of every entry through the",
      "real analysis. Prints each failing example with its analysed tokens. Exit 1 when any example fails."})
final class LexiconCheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Lexicon JSON files.")
  List<Path> files;

  @Option(names = "--with-bundled", description = "Check together with the bundled lexicons (default: alone).")
  boolean withBundled;

  @Override
  public Integer call() {
    int failures = 0;
    LexiconLoader loader = LexiconLoader.defaults();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new UsageException(f + ": no such file");
      }
      Lexicon lex;
      Tagger tagger;
      try {
        lex = loader.load(f);
        tagger = Tagger.builder().bundledLexicons(withBundled).languages(lex.language()).addLexicon(lex).build();
      } catch (DataFileException e) {
        System.out.println("INVALID " + e.getMessage());
        failures++;
        continue;
      }
      List<LexiconExamples.Failure> fails = LexiconExamples.check(tagger, lex);
      fails.forEach(x -> System.out.println("FAIL " + x));
      System.out.println(f + ": " + lex.entries().size() + " entries, " + LexiconExamples.count(lex)
          + " examples, " + fails.size() + " failures");
      failures += fails.size();
    }
    return failures == 0 ? 0 : 1;
  }
}
