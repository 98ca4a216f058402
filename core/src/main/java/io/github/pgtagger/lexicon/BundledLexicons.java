package io.github.pgtagger.lexicon;

import io.github.pgtagger.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The lexicons that ship with pgtagger, one per language and scheme, stored beside this class as
 * {@code <language>-<scheme>.json} (e.g. {@code nl-dimensions.json}). Each file names its provenance.
 */
public final class BundledLexicons {
  private BundledLexicons() {}

  /** The resource name of the bundled lexicon for a language and scheme. */
  public static String resourceName(Language language, Scheme scheme) {
    return language.code() + "-" + scheme.fileName() + ".json";
  }

  /** Loads the bundled lexicon for a language and scheme with the given loader. */
  public static Lexicon load(Language language, Scheme scheme, LexiconLoader loader) {
    String name = resourceName(language, scheme);
    try (InputStream in = BundledLexicons.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled lexicon missing from the jar: " + name);
      }
      return loader.read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
