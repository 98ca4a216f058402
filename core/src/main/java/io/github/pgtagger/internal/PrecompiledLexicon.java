package io.github.pgtagger.internal;

import io.github.pgtagger.lexicon.BundledLexicons;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.Language;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bundled lexicon as generated at build time: the {@link Lexicon} and the analysed form of each term and phrase
 * of each entry (terms first, then phrases), valid for an analyzer with fingerprint {@code analyzerFingerprint}.
 * The entries are decoded one by one when first read; the forms are a binary of their own, read only when asked for
 * (the default tagger uses its stored compiled schemes instead). Not part of the API.
 */
public final class PrecompiledLexicon {
  private final Lexicon lexicon;
  private final long analyzerFingerprint;
  /** Length and CRC-32 of the JSON the binary was made from (checked when it was opened), or null. */
  private long[] json;
  /** The distinct terms of the entries in order of first occurrence, or null (then stored or from the entries). */
  private List<String> distinctTerms;
  /** The binary holding the distinct terms at {@link #termsAt} until they are decoded, or null. */
  private byte[] termsBinary;
  private int termsAt;
  private TokenForms[][] forms;
  /** The resource name of the forms binary (see {@link Precompiled#formsName}), until the forms are read. */
  private String formsResource;

  /**
   * @param lexicon the lexicon, equal to the one read from the JSON
   * @param analyzerFingerprint the {@link AnalyzerFingerprint} of the analyzer the forms were made with
   * @param forms per entry, per expression, the analysed form
   */
  public PrecompiledLexicon(Lexicon lexicon, long analyzerFingerprint, TokenForms[][] forms) {
    this.lexicon = lexicon;
    this.analyzerFingerprint = analyzerFingerprint;
    this.forms = forms;
  }

  private PrecompiledLexicon(Lexicon lexicon, long analyzerFingerprint, byte[] termsBinary, int termsAt) {
    this.lexicon = lexicon;
    this.analyzerFingerprint = analyzerFingerprint;
    this.termsBinary = termsBinary;
    this.termsAt = termsAt;
  }

  /** The lexicon, equal to the one read from the JSON. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /** Length and CRC-32 of the JSON this was read from (as checked when the binary was opened), or null. */
  public long[] jsonLengthAndCrc() {
    return json == null ? null : json.clone();
  }

  /** The {@link AnalyzerFingerprint} of the analyzer the forms were made with. */
  public long analyzerFingerprint() {
    return analyzerFingerprint;
  }

  /**
   * The terms of the entries without repeats, in order of first occurrence (what adding every entry's terms to a
   * {@code LinkedHashSet} gives), without decoding the entries; decoded when first asked for (the default tagger
   * does not need them).
   */
  public synchronized List<String> distinctTerms() {
    if (distinctTerms == null && termsBinary != null) {
      ByteBuffer in = ByteBuffer.wrap(termsBinary);
      in.position(termsAt);
      distinctTerms = Collections.unmodifiableList(Arrays.asList(Precompiled.readStrings(in)));
      termsBinary = null;
    }
    if (distinctTerms == null) {
      Set<String> terms = new LinkedHashSet<>();
      for (LexiconEntry e : lexicon.entries()) {
        terms.addAll(e.terms());
      }
      distinctTerms = List.copyOf(terms);
    }
    return distinctTerms;
  }

  /**
   * Per entry, per expression, the analysed form; null when they are not available (a binary read without its
   * forms file, or a forms file that is missing or was not made from the same JSON and analyzer). The forms of a
   * bundled lexicon are a resource of their own ({@link Precompiled#formsName}), read only when first asked for:
   * the default tagger uses its stored compiled schemes instead.
   */
  public synchronized TokenForms[][] forms() {
    if (forms == null && formsResource != null && json != null) {
      byte[] bin = Precompiled.resource(BundledLexicons.class, formsResource);
      ByteBuffer in = bin == null ? null : Precompiled.open(bin, json[0], json[1]);
      if (in != null && in.getLong() == analyzerFingerprint) {
        forms = readForms(in, lexicon.entries());
      }
      formsResource = null;
    }
    return forms;
  }

  /**
   * The bundled lexicon of a language and scheme from its binary, or null when the binary is missing or stale (then
   * read the JSON).
   */
  public static PrecompiledLexicon bundled(Language language, Scheme scheme) {
    String name = BundledLexicons.resourceName(language, scheme);
    ByteBuffer in = Precompiled.open(BundledLexicons.class, name);
    if (in == null) {
      return null;
    }
    PrecompiledLexicon p = read(in);
    p.formsResource = Precompiled.formsName(name);
    return p;
  }

  /**
   * Reads the body of a binary (after the header). The entries are decoded one by one when first read ({@link
   * EncodedEntries}); the forms are in a file of their own.
   */
  public static PrecompiledLexicon read(ByteBuffer in) {
    long fingerprint = in.getLong();
    String source = Precompiled.readString(in);
    Language language = Language.fromCode(Precompiled.readString(in));
    Scheme scheme = Scheme.valueOf(Precompiled.readString(in));
    String provenance = Precompiled.readString(in);
    int termsLength = in.getInt();
    int termsAt = in.arrayOffset() + in.position();
    in.position(in.position() + termsLength);
    int n = in.getInt();
    int[] starts = new int[n];
    int base = in.arrayOffset() + in.position() + 4 * n + 4; // the records follow the starts and their length
    for (int i = 0; i < n; i++) {
      starts[i] = base + in.getInt();
    }
    int length = in.getInt();
    in.position(in.position() + length);
    PrecompiledLexicon p = new PrecompiledLexicon(
        new Lexicon(source, language, scheme, provenance, new EncodedEntries(in.array(), starts)), fingerprint,
        in.array(), termsAt);
    p.json = new long[] {in.getInt(8), in.getLong(12)}; // from the header, see Precompiled
    return p;
  }

  private static TokenForms[][] readForms(ByteBuffer in, List<LexiconEntry> entries) {
    String[] table = Precompiled.readStrings(in);
    TokenForms[][] forms = new TokenForms[entries.size()][];
    for (int i = 0; i < forms.length; i++) {
      LexiconEntry e = entries.get(i);
      TokenForms[] f = new TokenForms[e.terms().size() + e.phrases().size()];
      for (int x = 0; x < f.length; x++) {
        int k = in.getInt();
        String[] tokens = new String[k];
        int[] flags = new int[k];
        for (int t = 0; t < k; t++) {
          tokens[t] = table[in.getInt()];
          flags[t] = in.getInt();
        }
        f[x] = new TokenForms(tokens, flags);
      }
      forms[i] = f;
    }
    return forms;
  }

  /**
   * Writes the body of a binary (after the header): the lexicon's fields, its distinct terms (after their length in
   * bytes), where each entry's
   * record starts (from the first record), the records' length, then the records.
   */
  public void write(DataOutputStream out) throws IOException {
    out.writeLong(analyzerFingerprint);
    Precompiled.writeString(out, lexicon.source());
    Precompiled.writeString(out, lexicon.language().code());
    Precompiled.writeString(out, lexicon.scheme().name());
    Precompiled.writeString(out, lexicon.provenance());
    ByteArrayOutputStream terms = new ByteArrayOutputStream();
    try (DataOutputStream t = new DataOutputStream(terms)) {
      Precompiled.writeStrings(t, distinctTerms());
    }
    out.writeInt(terms.size()); // so that reading skips them until they are needed
    terms.writeTo(out);
    List<LexiconEntry> entries = lexicon.entries();
    ByteArrayOutputStream records = new ByteArrayOutputStream();
    int[] starts = new int[entries.size()];
    try (DataOutputStream r = new DataOutputStream(records)) {
      for (int i = 0; i < entries.size(); i++) {
        LexiconEntry e = entries.get(i);
        starts[i] = r.size();
        Precompiled.writeString(r, e.id());
        Precompiled.writeString(r, e.label());
        Precompiled.writeString(r, e.aspect());
        Precompiled.writeStrings(r, e.terms());
        Precompiled.writeStrings(r, e.phrases());
        r.writeDouble(e.weight());
        r.writeInt(e.slop());
        Precompiled.writeStrings(r, e.matchExamples());
        Precompiled.writeStrings(r, e.noMatchExamples());
      }
    }
    out.writeInt(starts.length);
    for (int s : starts) {
      out.writeInt(s);
    }
    out.writeInt(records.size());
    records.writeTo(out);
  }

  /** Writes the body of the forms binary (after its header): the analyzer fingerprint, then the forms. */
  public void writeForms(DataOutputStream out) throws IOException {
    TokenForms[][] forms = forms();
    List<LexiconEntry> entries = lexicon.entries();
    for (int i = 0; i < entries.size(); i++) {
      LexiconEntry e = entries.get(i);
      if (forms[i].length != e.terms().size() + e.phrases().size()) {
        throw new IllegalArgumentException("forms do not fit entry " + e.id());
      }
    }
    out.writeLong(analyzerFingerprint);
    Map<String, Integer> index = new HashMap<>();
    List<String> table = new ArrayList<>();
    for (TokenForms[] f : forms) {
      for (TokenForms tf : f) {
        for (String t : tf.tokens()) {
          if (index.putIfAbsent(t, table.size()) == null) {
            table.add(t);
          }
        }
      }
    }
    Precompiled.writeStrings(out, table);
    for (TokenForms[] f : forms) {
      for (TokenForms tf : f) {
        out.writeInt(tf.size());
        for (int t = 0; t < tf.size(); t++) {
          out.writeInt(index.get(tf.tokens()[t]));
          out.writeInt(tf.flags()[t]);
        }
      }
    }
  }
}
