package io.github.pgtagger.internal;

import io.github.pgtagger.analysis.ReflectionAnalyzer;
import io.github.pgtagger.lexicon.BundledLexicons;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.LexiconLoader;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.Aspect;
import io.github.pgtagger.model.AspectSet;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Interpretation;
import io.github.pgtagger.model.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Build-time generator of the {@link Precompiled} binaries of the bundled data files, compiled and run by Maven
 * (maven-antrun-plugin) in the {@code process-classes} phase of core: {@code PrecompileData <classes directory>}.
 * Reads the JSON files the resources plugin copied there and writes a {@code .bin} beside each. A build tool kept
 * out of the library's sources and jar.
 */
public final class PrecompileData {
  static final String ASPECTS = "aspects-mph-2016.json";
  static final String CODEBOOK = "codebook-yaron-2021.json";

  private PrecompileData() {}

  /** Writes the binaries into the classes directory given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PrecompileData <classes directory>");
    }
    Path classes = Path.of(args[0]);
    Path model = classes.resolve("io/github/pgtagger/model");
    byte[] aspectsJson = Files.readAllBytes(model.resolve(ASPECTS));
    AspectSet aspects = AspectSet.read(new ByteArrayInputStream(aspectsJson), ASPECTS);
    write(model.resolve(Precompiled.binaryName(ASPECTS)), aspectsJson, aspectsBody(aspects));
    byte[] codebookJson = Files.readAllBytes(model.resolve(CODEBOOK));
    Codebook codebook = Codebook.read(new ByteArrayInputStream(codebookJson), CODEBOOK);
    write(model.resolve(Precompiled.binaryName(CODEBOOK)), codebookJson, codebookBody(codebook));

    Path lexicons = classes.resolve("io/github/pgtagger/lexicon");
    LexiconLoader loader = new LexiconLoader(aspects, codebook);
    for (Language lang : Language.values()) {
      Map<Scheme, byte[]> json = new EnumMap<>(Scheme.class);
      List<Lexicon> lex = new ArrayList<>();
      for (Scheme scheme : Scheme.values()) {
        String name = BundledLexicons.resourceName(lang, scheme);
        json.put(scheme, Files.readAllBytes(lexicons.resolve(name)));
        lex.add(loader.read(new ByteArrayInputStream(json.get(scheme)), name));
      }
      // the vocabulary of the default tagger for this language, as Tagger collects it
      Set<String> vocabulary = new LinkedHashSet<>();
      for (Lexicon l : lex) {
        for (LexiconEntry e : l.entries()) {
          vocabulary.addAll(e.terms());
        }
      }
      ReflectionAnalyzer analyzer = ReflectionAnalyzer.create(lang, vocabulary);
      long fingerprint = AnalyzerFingerprint.of(lang, vocabulary);
      for (Lexicon l : lex) {
        PrecompiledLexicon p = new PrecompiledLexicon(l, fingerprint, forms(l, analyzer));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(body)) {
          p.write(out);
        }
        write(lexicons.resolve(Precompiled.binaryName(l.source())), json.get(l.scheme()), body.toByteArray());
        ByteArrayOutputStream forms = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(forms)) {
          p.writeForms(out);
        }
        write(lexicons.resolve(Precompiled.formsName(l.source())), json.get(l.scheme()), forms.toByteArray());
      }
    }
  }

  /** The analysed forms of every expression of every entry of a lexicon. */
  public static TokenForms[][] forms(Lexicon lexicon, ReflectionAnalyzer analyzer) {
    List<LexiconEntry> entries = lexicon.entries();
    TokenForms[][] forms = new TokenForms[entries.size()][];
    for (int i = 0; i < forms.length; i++) {
      LexiconEntry e = entries.get(i);
      List<String> expressions = new ArrayList<>(e.terms());
      expressions.addAll(e.phrases());
      forms[i] = new TokenForms[expressions.size()];
      for (int x = 0; x < expressions.size(); x++) {
        forms[i][x] = TokenForms.analyse(analyzer, expressions.get(x));
      }
    }
    return forms;
  }

  private static void write(Path file, byte[] json, byte[] body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + 32);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Precompiled.writeHeader(out, json);
      out.write(body);
    }
    Files.write(file, bytes.toByteArray());
  }

  /** The layout read by {@code AspectSet}: id, title, then each aspect's id, dimension name, nl and en label. */
  static byte[] aspectsBody(AspectSet set) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Precompiled.writeString(out, set.id());
      Precompiled.writeString(out, set.title());
      List<Aspect> all = set.all();
      out.writeInt(all.size());
      for (Aspect a : all) {
        Precompiled.writeString(out, a.id());
        Precompiled.writeString(out, a.dimension().name());
        Precompiled.writeString(out, a.labelNl());
        Precompiled.writeString(out, a.labelEn());
      }
    }
    return bytes.toByteArray();
  }

  /** The layout read by {@code Codebook}: id, title, source, then each interpretation's six fields. */
  static byte[] codebookBody(Codebook codebook) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Precompiled.writeString(out, codebook.id());
      Precompiled.writeString(out, codebook.title());
      Precompiled.writeString(out, codebook.source());
      out.writeInt(codebook.interpretations().size());
      for (Interpretation i : codebook.interpretations()) {
        Precompiled.writeString(out, i.code());
        Precompiled.writeString(out, i.nameNl());
        Precompiled.writeString(out, i.nameEn());
        Precompiled.writeString(out, i.descriptionNl());
        Precompiled.writeString(out, i.descriptionEn());
        Precompiled.writeString(out, i.wording());
      }
    }
    return bytes.toByteArray();
  }
}
