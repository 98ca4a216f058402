package io.github.pgtagger.tagging;

import io.github.pgtagger.internal.AnalyzerFingerprint;
import io.github.pgtagger.internal.ByteReader;
import io.github.pgtagger.internal.CompoundDictionary;
import io.github.pgtagger.internal.Precompiled;
import io.github.pgtagger.internal.PrecompiledLexicon;
import io.github.pgtagger.internal.WordTable;
import io.github.pgtagger.lexicon.BundledLexicons;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.Language;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The compiled schemes and vocabulary of one language of the default tagger (its bundled lexicons only, the default
 * codebook), written at build time ({@code core/src/build/java/.../PrecompileSchemes}) beside the classes as
 * {@code compiled-<language>.bin}, so that the default tagger is built without compiling its 24,000 expressions.
 * Used only while the binary was made from the JSON of both bundled lexicons as read (length and CRC-32 checked
 * when their own binaries were opened), with an
 * analyzer of the same fingerprint, the same labels and the same phrase boost; otherwise the tagger compiles as
 * usual. Every field is written as {@link CompiledScheme#compile} made it, so the results are identical.
 */
final class CompiledDefaults {
  private static final int MAGIC = 0x50474353; // "PGCS"
  private static final int FORMAT = 3;

  /** The schemes, vocabulary and analyzer's compound dictionary of a language. */
  record Schemes(CompiledScheme dimensions, CompiledScheme interpretations, WordTable vocabulary,
      CompoundDictionary compounds) {}

  private CompiledDefaults() {}

  static String resourceName(Language language) {
    return "compiled-" + language.code() + ".bin";
  }

  // ---------------------------------------------------------------------------------------------------- writing

  /** The binary of a language of a tagger built from the bundled lexicons only (build time). */
  static byte[] write(Tagger tagger, Language language) {
    List<Lexicon> lex = tagger.lexicons(language);
    if (lex.size() != 2 || lex.get(0).scheme() != Scheme.DIMENSIONS || lex.get(1).scheme() != Scheme.INTERPRETATIONS) {
      throw new IllegalArgumentException("not the bundled lexicons of " + language + ": " + lex);
    }
    Out out = new Out();
    out.fixed(MAGIC);
    out.fixed(FORMAT);
    for (Lexicon l : lex) {
      long[] json = Precompiled.lengthAndCrc(BundledLexicons.class, l.source());
      out.fixedLong(json[0]);
      out.fixedLong(json[1]);
    }
    out.fixedLong(AnalyzerFingerprint.base(language));
    out.fixedLong(Double.doubleToLongBits(tagger.scoring().phraseBoost()));
    Out body = new Out();
    body.bytes.writeBytes(tagger.analyzer(language).compoundDictionary().toBytes());
    body.bytes.writeBytes(tagger.vocabulary(language).toBytes());
    writeScheme(body, tagger.scheme(language, Scheme.DIMENSIONS), List.of(lex.get(0)));
    writeScheme(body, tagger.scheme(language, Scheme.INTERPRETATIONS), List.of(lex.get(1)));
    byte[] b = body.bytes.toByteArray();
    out.fixedLong(crc(b, 0, b.length)); // the keys are read lazily: the whole body is checked up front
    out.bytes.writeBytes(b);
    return out.bytes.toByteArray();
  }

  private static void writeScheme(Out out, CompiledScheme s, List<Lexicon> lexicons) {
    Map<LexiconEntry, int[]> where = new IdentityHashMap<>();
    for (int li = 0; li < lexicons.size(); li++) {
      List<LexiconEntry> entries = lexicons.get(li).entries();
      for (int i = 0; i < entries.size(); i++) {
        where.put(entries.get(i), new int[] {li, i});
      }
    }
    out.varint(s.labels.size());
    for (String label : s.labels) {
      out.string(label);
    }
    int v = s.termKeyIdByToken.length;
    int nKeys = s.keyCount();
    out.varint(v);
    out.varint(s.hitCount);
    out.varint(nKeys);
    out.ints(s.termKeyIdByToken);
    out.varint(s.pronounFirstKeyIds.length);
    out.ints(s.pronounFirstKeyIds);
    out.varint(s.firstWordKeyIds.length);
    out.ints(s.firstWordKeyIds);
    out.ints(s.firstWordFirstToken);
    // the keys, each readable on its own: offsets (from the start of the records) and first hit ids, then records
    Out records = new Out();
    int[] offsets = new int[nKeys];
    int[] firstHit = new int[nKeys];
    int hitId = 0;
    for (int k = 0; k < nKeys; k++) {
      CompiledScheme.Key key = s.key(k);
      if (key.id != k) {
        throw new IllegalStateException("key " + k);
      }
      offsets[k] = records.bytes.size();
      firstHit[k] = hitId;
      records.varint(key.phrase ? 1 : 0);
      records.varint(key.slop);
      records.varint(key.tokens.length);
      for (int t : key.tokens) {
        records.varint(t + 3); // PRONOUN and REFLEXIVE are -2 and -3
      }
      records.varint(key.firstWordPhraseIndex + 1);
      records.varint(key.hitArray.length);
      for (CompiledScheme.LabelHit h : key.hitArray) {
        if (h.id() != hitId++) {
          throw new IllegalStateException("hit ids not in key order");
        }
        records.varint(h.label());
        records.fixed(Float.floatToRawIntBits(h.weight()));
        records.varint(h.entries().size());
        for (CompiledScheme.EntryRef ref : h.entries()) {
          int[] at = where.get(ref.entry());
          Lexicon l = lexicons.get(at[0]);
          if (!l.source().equals(ref.source())) {
            throw new IllegalStateException("entry of another lexicon: " + ref);
          }
          LexiconEntry e = ref.entry();
          int x = e.terms().indexOf(ref.term());
          if (x < 0) {
            x = e.terms().size() + e.phrases().indexOf(ref.term());
          }
          records.varint(at[0]);
          records.varint(at[1]);
          records.varint(x);
        }
      }
    }
    if (hitId != s.hitCount) {
      throw new IllegalStateException("hit count " + hitId + " != " + s.hitCount);
    }
    out.ints(offsets);
    out.ints(firstHit);
    out.varint(records.bytes.size());
    out.bytes.writeBytes(records.bytes.toByteArray());
    writeFiling(out, s.pronounFirstByWord);
    writeFiling(out, s.firstWordPhrasesByWord);
  }

  /** A filing as two int arrays: per word where its list ends in the data; a list is its length, then its ints. */
  private static void writeFiling(Out out, int[][] byWord) {
    int[] ends = new int[byWord.length];
    int total = 0;
    for (int t = 0; t < byWord.length; t++) {
      total += byWord[t] == null ? 0 : byWord[t].length + 1; // +1: an empty list stays distinct from none
      ends[t] = total;
    }
    int[] data = new int[total];
    int j = 0;
    for (int[] a : byWord) {
      if (a != null) {
        data[j++] = a.length;
        System.arraycopy(a, 0, data, j, a.length);
        j += a.length;
      }
    }
    out.varint(byWord.length);
    out.ints(ends);
    out.varint(total);
    out.ints(data);
  }

  private static long crc(byte[] b, int off, int len) {
    CRC32 crc = new CRC32();
    crc.update(b, off, len);
    return crc.getValue();
  }

  // ---------------------------------------------------------------------------------------------------- reading

  /**
   * The compiled schemes of a language whose lexicons {@code lex} are exactly its two bundled lexicons read from
   * their binaries, or null when there is no valid binary for this configuration (then compile).
   */
  static Schemes read(Language language, List<Lexicon> lex, Map<Lexicon, PrecompiledLexicon> precompiled,
      List<String> dimensionLabels, List<String> interpretationLabels, ScoringSettings scoring) {
    if (lex.size() != 2 || !precompiled.containsKey(lex.get(0)) || !precompiled.containsKey(lex.get(1))
        || lex.get(0).scheme() != Scheme.DIMENSIONS || lex.get(1).scheme() != Scheme.INTERPRETATIONS) {
      return null;
    }
    byte[] bin = Precompiled.resource(CompiledDefaults.class, resourceName(language));
    long[][] json = new long[2][];
    for (int i = 0; i < 2; i++) {
      // checked against the JSON when the lexicon binary was opened: the JSON is not read again
      json[i] = precompiled.get(lex.get(i)).jsonLengthAndCrc();
      if (json[i] == null) {
        return null;
      }
    }
    return bin == null ? null
        : read(bin, json, lex, dimensionLabels, interpretationLabels, scoring, AnalyzerFingerprint.base(language));
  }

  /**
   * The compiled schemes in {@code bin} if it was made from JSON files of these lengths and CRC-32s ({@code json},
   * per lexicon of {@code lex}) for this configuration (the analyzer's {@link AnalyzerFingerprint#base}: with the
   * JSON checked, the compound dictionary is determined), else null.
   */
  static Schemes read(byte[] bin, long[][] json, List<Lexicon> lex, List<String> dimensionLabels,
      List<String> interpretationLabels, ScoringSettings scoring, long analyzerBase) {
    if (bin.length < 64) {
      return null;
    }
    ByteReader in = new ByteReader(bin, 0);
    if (in.int32() != MAGIC || in.int32() != FORMAT) {
      return null;
    }
    for (long[] j : json) {
      if (in.int64() != j[0] || in.int64() != j[1]) {
        return null;
      }
    }
    if (in.int64() != analyzerBase
        || in.int64() != Double.doubleToLongBits(scoring.phraseBoost())) {
      return null;
    }
    long crc = in.int64();
    if (crc(bin, in.pos, bin.length - in.pos) != crc) {
      return null;
    }
    CompoundDictionary compounds = CompoundDictionary.read(in);
    WordTable vocabulary = WordTable.read(in);
    CompiledScheme dims = readScheme(in, Scheme.DIMENSIONS, dimensionLabels, List.of(lex.get(0)), scoring);
    if (dims == null) {
      return null;
    }
    CompiledScheme ints = readScheme(in, Scheme.INTERPRETATIONS, interpretationLabels, List.of(lex.get(1)), scoring);
    return ints == null || in.pos != bin.length ? null : new Schemes(dims, ints, vocabulary, compounds);
  }

  private static CompiledScheme readScheme(ByteReader in, Scheme scheme, List<String> labels, List<Lexicon> lexicons,
      ScoringSettings scoring) {
    int nLabels = in.varint();
    if (nLabels != labels.size()) {
      return null;
    }
    for (int i = 0; i < nLabels; i++) {
      if (!string(in).equals(labels.get(i))) {
        return null;
      }
    }
    int v = in.varint();
    int hitCount = in.varint();
    int nKeys = in.varint();
    int[] termKeys = in.ints(v);
    int[] pronounFirst = in.ints(in.varint());
    int nFirstWord = in.varint();
    int[] firstWord = in.ints(nFirstWord);
    int[] firstWordFirstToken = in.ints(nFirstWord);
    int[] offsets = in.ints(nKeys);
    int[] firstHit = in.ints(nKeys);
    int recordBytes = in.varint();
    StoredKeys reader = new StoredKeys(in.bytes, in.pos, offsets, firstHit, lexicons,
        new CompiledScheme.Scorers(scoring, labels.size()));
    in.pos += recordBytes;
    int[][] pronounFirstByWord = readFiling(in);
    int[][] firstWordByWord = readFiling(in);
    return new CompiledScheme(scheme, List.copyOf(labels), termKeys, pronounFirst, pronounFirstByWord, firstWord,
        firstWordFirstToken, firstWordByWord, nKeys, hitCount, reader);
  }

  /** The key records of a stored scheme, read one by one as the tagger first needs them. */
  private static final class StoredKeys implements CompiledScheme.KeyReader {
    private final byte[] bin;
    private final int base;
    private final int[] offsets;
    private final int[] firstHit;
    private final List<Lexicon> lexicons;
    private final CompiledScheme.Scorers scorers;

    StoredKeys(byte[] bin, int base, int[] offsets, int[] firstHit, List<Lexicon> lexicons,
        CompiledScheme.Scorers scorers) {
      this.bin = bin;
      this.base = base;
      this.offsets = offsets;
      this.firstHit = firstHit;
      this.lexicons = lexicons;
      this.scorers = scorers;
    }

    @Override
    public CompiledScheme.Key read(int id) {
      ByteReader in = new ByteReader(bin, 0);
      in.pos = base + offsets[id];
      boolean phrase = in.varint() == 1;
      int slop = in.varint();
      int[] tokens = new int[in.varint()];
      for (int t = 0; t < tokens.length; t++) {
        tokens[t] = in.varint() - 3;
      }
      int firstWordPhraseIndex = in.varint() - 1;
      int nHits = in.varint();
      int hitId = firstHit[id];
      CompiledScheme.LabelHit[] hits = new CompiledScheme.LabelHit[nHits];
      for (int h = 0; h < nHits; h++) {
        int label = in.varint();
        float w = Float.intBitsToFloat(in.int32());
        CompiledScheme.EntryRef[] refs = new CompiledScheme.EntryRef[in.varint()];
        for (int r = 0; r < refs.length; r++) {
          Lexicon l = lexicons.get(in.varint());
          LexiconEntry e = l.entries().get(in.varint());
          int x = in.varint();
          int nTerms = e.terms().size();
          refs[r] = new CompiledScheme.EntryRef(e, l.source(),
              x < nTerms ? e.terms().get(x) : e.phrases().get(x - nTerms));
        }
        hits[h] = new CompiledScheme.LabelHit(hitId + h, label, w, scorers.get(w, nHits), List.of(refs));
      }
      return new CompiledScheme.Key(id, tokens, slop, phrase, firstWordPhraseIndex, hits);
    }
  }

  private static int[][] readFiling(ByteReader in) {
    int[] ends = in.ints(in.varint());
    int[] data = in.ints(in.varint());
    int[][] byWord = new int[ends.length][];
    int start = 0;
    for (int t = 0; t < ends.length; t++) {
      if (ends[t] > start) {
        byWord[t] = Arrays.copyOfRange(data, start + 1, ends[t]);
      }
      start = ends[t];
    }
    return byWord;
  }

  /** Writes varints, fixed-size big-endian numbers and UTF-8 strings. */
  private static final class Out {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);

    void varint(int x) {
      if (x < 0) {
        throw new IllegalArgumentException("negative: " + x);
      }
      while ((x & ~0x7F) != 0) {
        bytes.write((x & 0x7F) | 0x80);
        x >>>= 7;
      }
      bytes.write(x);
    }

    void fixed(int x) {
      bytes.write(x >>> 24);
      bytes.write(x >>> 16);
      bytes.write(x >>> 8);
      bytes.write(x);
    }

    void fixedLong(long x) {
      fixed((int) (x >>> 32));
      fixed((int) x);
    }

    /** Fixed-size little-endian ints, read back in bulk. */
    void ints(int[] a) {
      for (int x : a) {
        bytes.write(x);
        bytes.write(x >>> 8);
        bytes.write(x >>> 16);
        bytes.write(x >>> 24);
      }
    }

    void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(b.length);
      bytes.write(b, 0, b.length);
    }
  }

  /** A string as {@link Out#string} writes it. */
  private static String string(ByteReader in) {
    return in.utf8(in.varint());
  }
}
