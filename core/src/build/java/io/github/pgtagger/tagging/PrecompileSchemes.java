package io.github.pgtagger.tagging;

import io.github.pgtagger.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build-time generator of the {@link CompiledDefaults} binaries: builds the default tagger from the bundled JSON
 * (not from the other binaries) and writes its compiled schemes beside the classes, run by Maven after
 * {@code PrecompileData}: {@code PrecompileSchemes <classes directory>}. A build tool kept out of the library's
 * sources and jar (in this package for access to the compiled schemes).
 */
public final class PrecompileSchemes {
  private PrecompileSchemes() {}

  /** Writes the binaries into the classes directory given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PrecompileSchemes <classes directory>");
    }
    Path dir = Path.of(args[0]).resolve("io/github/pgtagger/tagging");
    Tagger tagger = Tagger.builder().precompiled(false).build();
    for (Language lang : Language.values()) {
      byte[] bin = CompiledDefaults.write(tagger, lang);
      Files.write(dir.resolve(CompiledDefaults.resourceName(lang)), bin);
    }
  }
}
