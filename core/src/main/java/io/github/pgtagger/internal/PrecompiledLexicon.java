package io.github.pgtagger.internal;

import io.github.pgtagger.lexicon.BundledLexicons;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.Language;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bundled lexicon as generated at build time: the {@link Lexicon} and the analysed form of each term and phrase
 * of each entry (terms first, then phrases), valid for an analyzer with fingerprint {@code analyzerFingerprint}.
 * The forms are written after the entries and decoded only when asked for (the default tagger uses its stored
 * compiled schemes instead). Not part of the API.
 */
public final class PrecompiledLexicon {
  private final Lexicon lexicon;
  private final long analyzerFingerprint;
  /** Length and CRC-32 of the JSON the binary was made from (checked when it was opened), or null. */
  private long[] json;
  private TokenForms[][] forms;
  /** The binary positioned at the forms, until they are decoded. */
  private ByteBuffer formsIn;

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

  private PrecompiledLexicon(Lexicon lexicon, long analyzerFingerprint, ByteBuffer formsIn) {
    this.lexicon = lexicon;
    this.analyzerFingerprint = analyzerFingerprint;
    this.formsIn = formsIn;
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

  /** Per entry, per expression, the analysed form. */
  public synchronized TokenForms[][] forms() {
    if (forms == null) {
      forms = readForms(formsIn, lexicon.entries());
      formsIn = null;
    }
    return forms;
  }

  /**
   * The bundled lexicon of a language and scheme from its binary, or null when the binary is missing or stale (then
   * read the JSON).
   */
  public static PrecompiledLexicon bundled(Language language, Scheme scheme) {
    ByteBuffer in = Precompiled.open(BundledLexicons.class, BundledLexicons.resourceName(language, scheme));
    return in == null ? null : read(in);
  }

  /** Reads the body of a binary (after the header); the forms are decoded when first asked for. */
  public static PrecompiledLexicon read(ByteBuffer in) {
    long fingerprint = in.getLong();
    String source = Precompiled.readString(in);
    Language language = Language.fromCode(Precompiled.readString(in));
    Scheme scheme = Scheme.valueOf(Precompiled.readString(in));
    String provenance = Precompiled.readString(in);
    int n = in.getInt();
    List<LexiconEntry> entries = new ArrayList<>(n);
    ByteReader c = new ByteReader(in.array(), in.arrayOffset() + in.position());
    for (int i = 0; i < n; i++) {
      entries.add(readEntry(c));
    }
    in.position(c.pos - in.arrayOffset());
    PrecompiledLexicon p = new PrecompiledLexicon(new Lexicon(source, language, scheme, provenance, entries),
        fingerprint, in);
    p.json = new long[] {in.getInt(8), in.getLong(12)}; // from the header, see Precompiled
    return p;
  }

  /**
   * Reads one entry (a method of its own, to be compiled by the JIT early). The phrases and examples stay encoded
   * until read ({@link EncodedStrings}): a build from the stored schemes needs only the terms (for the analyzer's
   * compound dictionary); a phrase is decoded when a key that came from it is first read.
   */
  private static LexiconEntry readEntry(ByteReader in) {
    String id = string(in);
    String label = string(in);
    String aspect = string(in);
    List<String> terms = Arrays.asList(strings(in));
    List<String> phrases = encodedStrings(in);
    double weight = Double.longBitsToDouble(in.int64());
    int slop = in.int32();
    List<String> match = encodedStrings(in);
    List<String> noMatch = encodedStrings(in);
    return new LexiconEntry(id, label, aspect, terms, phrases, weight, slop, match, noMatch);
  }

  /** A string as {@link Precompiled#writeString} writes it: its length (-1 for null), then UTF-8. */
  private static String string(ByteReader in) {
    int n = in.int32();
    return n < 0 ? null : in.utf8(n);
  }

  private static String[] strings(ByteReader in) {
    String[] a = new String[in.int32()];
    for (int i = 0; i < a.length; i++) {
      a[i] = string(in);
    }
    return a;
  }

  /** Strings as {@link #strings} reads them, left encoded; none of them may be null. */
  private static List<String> encodedStrings(ByteReader in) {
    int[] spans = new int[2 * in.int32()];
    for (int i = 0; i < spans.length; i += 2) {
      int n = in.int32();
      if (n < 0) {
        throw new IllegalStateException("null string at byte " + (in.pos - 4));
      }
      spans[i] = in.pos;
      spans[i + 1] = n;
      in.pos += n;
    }
    return spans.length == 0 ? List.of() : new EncodedStrings(in.bytes, spans);
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

  /** Writes the body of a binary (after the header): the lexicon, then the forms. */
  public void write(DataOutputStream out) throws IOException {
    TokenForms[][] forms = forms();
    out.writeLong(analyzerFingerprint);
    Precompiled.writeString(out, lexicon.source());
    Precompiled.writeString(out, lexicon.language().code());
    Precompiled.writeString(out, lexicon.scheme().name());
    Precompiled.writeString(out, lexicon.provenance());
    List<LexiconEntry> entries = lexicon.entries();
    out.writeInt(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      LexiconEntry e = entries.get(i);
      Precompiled.writeString(out, e.id());
      Precompiled.writeString(out, e.label());
      Precompiled.writeString(out, e.aspect());
      Precompiled.writeStrings(out, e.terms());
      Precompiled.writeStrings(out, e.phrases());
      out.writeDouble(e.weight());
      out.writeInt(e.slop());
      Precompiled.writeStrings(out, e.matchExamples());
      Precompiled.writeStrings(out, e.noMatchExamples());
      if (forms[i].length != e.terms().size() + e.phrases().size()) {
        throw new IllegalArgumentException("forms do not fit entry " + e.id());
      }
    }
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
