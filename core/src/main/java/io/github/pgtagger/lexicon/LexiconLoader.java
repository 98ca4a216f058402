package io.github.pgtagger.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pgtagger.internal.StrictJson;
import io.github.pgtagger.model.AspectSet;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.DataFileException;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates lexicon files. A file that cannot be used is refused with a {@link DataFileException} naming
 * the file, the entry ({@code entries[12] (id "bf-pain")}) and the expected format; nothing is partly loaded.
 * Immutable and thread-safe.
 *
 * <p>Format (see {@code docs/lexicon-format.md}):
 *
 * <pre>{@code
 * {"schemaVersion": 1, "language": "nl", "scheme": "dimensions", "provenance": "...",
 *  "entries": [{"id": "bf-pain", "label": "BODILY_FUNCTIONS", "aspect": "COMPLAINTS_AND_PAIN",
 *               "terms": ["pijn"], "phrases": ["last van mijn rug"], "weight": 1.0, "slop": 1,
 *               "examples": {"match": ["..."], "noMatch": ["..."]}}]}
 * }</pre>
 */
public final class LexiconLoader {
  /** Most entries accepted in one file. */
  public static final int MAX_ENTRIES = 100_000;
  /** Most terms plus phrases in one entry. */
  public static final int MAX_EXPRESSIONS_PER_ENTRY = 1_000;
  /** Longest term or phrase, in chars. */
  public static final int MAX_EXPRESSION_LENGTH = 200;
  /** Most words in one phrase. */
  public static final int MAX_PHRASE_WORDS = 12;

  private static final Set<String> TOP_FIELDS =
      Set.of("schemaVersion", "language", "scheme", "provenance", "entries");
  private static final Set<String> ENTRY_FIELDS =
      Set.of("id", "label", "aspect", "terms", "phrases", "weight", "slop", "examples");
  private static final Set<String> EXAMPLE_FIELDS = Set.of("match", "noMatch");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final AspectSet aspects;
  private final Codebook codebook;

  /** A loader that validates against the given aspect set and codebook. */
  public LexiconLoader(AspectSet aspects, Codebook codebook) {
    this.aspects = aspects;
    this.codebook = codebook;
  }

  /** A loader for the default aspect set and codebook. */
  public static LexiconLoader defaults() {
    return new LexiconLoader(AspectSet.mph2016(), Codebook.yaron2021());
  }

  /** Loads a lexicon file. */
  public Lexicon load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new DataFileException(file.toString(), "", "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads a lexicon; {@code source} names it in error messages. */
  public Lexicon read(InputStream in, String source) {
    JsonNode root = StrictJson.object(StrictJson.read(in, source), source, "");
    StrictJson.onlyFields(root, TOP_FIELDS, source, "");
    JsonNode version = root.get("schemaVersion");
    if (version == null || !version.isInt() || version.asInt() != 1) {
      throw new DataFileException(source, "schemaVersion",
          "expected the number 1 but found " + StrictJson.kind(version));
    }
    String langCode = StrictJson.requiredText(root, "language", source, "");
    Language language;
    try {
      language = Language.fromCode(langCode);
    } catch (IllegalArgumentException e) {
      throw new DataFileException(source, "language", e.getMessage(), e);
    }
    String schemeName = StrictJson.requiredText(root, "scheme", source, "");
    Scheme scheme = Scheme.fromFileName(schemeName);
    if (scheme == null) {
      throw new DataFileException(source, "scheme",
          "unknown scheme \"" + schemeName + "\"; expected \"dimensions\" or \"interpretations\"");
    }
    String provenance = StrictJson.optionalText(root, "provenance", source, "");
    JsonNode arr = root.get("entries");
    if (arr == null || !arr.isArray()) {
      throw new DataFileException(source, "entries",
          "expected an array of entries but found " + StrictJson.kind(arr));
    }
    if (arr.size() > MAX_ENTRIES) {
      throw new DataFileException(source, "entries", "has " + arr.size()
          + " entries, more than the limit of " + MAX_ENTRIES + "; split the file");
    }
    List<LexiconEntry> entries = new ArrayList<>(arr.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < arr.size(); i++) {
      LexiconEntry e = readEntry(arr.get(i), i, scheme, source);
      if (!ids.add(e.id())) {
        throw new DataFileException(source, where(i, e.id()), "duplicate entry id \"" + e.id() + "\"");
      }
      entries.add(e);
    }
    return new Lexicon(source, language, scheme, provenance, entries);
  }

  private static String where(int index, String id) {
    return "entries[" + index + "]" + (id == null ? "" : " (id \"" + id + "\")");
  }

  private LexiconEntry readEntry(JsonNode node, int index, Scheme scheme, String source) {
    String where = where(index, node != null && node.path("id").isTextual() ? node.get("id").asText() : null);
    StrictJson.object(node, source, where);
    StrictJson.onlyFields(node, ENTRY_FIELDS, source, where);
    String id = StrictJson.optionalText(node, "id", source, where);
    if (id == null) {
      id = "entry-" + (index + 1);
    } else if (!ID.matcher(id).matches()) {
      throw new DataFileException(source, where,
          "id \"" + id + "\" must be 1-100 letters, digits, '.', '_' or '-'");
    }
    String label = StrictJson.requiredText(node, "label", source, where);
    String aspect = StrictJson.optionalText(node, "aspect", source, where);
    validateLabel(scheme, label, aspect, source, where);

    List<String> terms = StrictJson.textList(node, "terms", source, where);
    List<String> phrases = StrictJson.textList(node, "phrases", source, where);
    if (terms.isEmpty() && phrases.isEmpty()) {
      throw new DataFileException(source, where,
          "entry has no terms and no phrases; give at least one in \"terms\" or \"phrases\"");
    }
    if (terms.size() + phrases.size() > MAX_EXPRESSIONS_PER_ENTRY) {
      throw new DataFileException(source, where, "has " + (terms.size() + phrases.size())
          + " terms and phrases, more than the limit of " + MAX_EXPRESSIONS_PER_ENTRY + "; split the entry");
    }
    Set<String> seen = new HashSet<>();
    for (String t : terms) {
      checkExpression(t, "terms", source, where);
      if (SPACE.matcher(t.strip()).find()) {
        throw new DataFileException(source, where,
            "term \"" + t + "\" contains a space; put multi-word expressions in \"phrases\"");
      }
      if (!seen.add(t.strip().toLowerCase(Locale.ROOT))) {
        throw new DataFileException(source, where, "duplicate term \"" + t + "\"");
      }
    }
    for (String p : phrases) {
      checkExpression(p, "phrases", source, where);
      int words = SPACE.split(p.strip()).length;
      if (words > MAX_PHRASE_WORDS) {
        throw new DataFileException(source, where, "phrase \"" + p + "\" has " + words
            + " words, more than the limit of " + MAX_PHRASE_WORDS);
      }
      if (!seen.add(p.strip().toLowerCase(Locale.ROOT))) {
        throw new DataFileException(source, where, "duplicate phrase \"" + p + "\"");
      }
    }
    double weight = LexiconEntry.DEFAULT_WEIGHT;
    JsonNode w = node.get("weight");
    if (w != null && !w.isNull()) {
      if (!w.isNumber() || !(w.asDouble() > 0 && w.asDouble() <= LexiconEntry.MAX_WEIGHT)) {
        throw new DataFileException(source, where, "weight must be a number in (0, "
            + LexiconEntry.MAX_WEIGHT + "] but is " + StrictJson.kind(w));
      }
      weight = w.asDouble();
    }
    int slop = LexiconEntry.DEFAULT_SLOP;
    JsonNode s = node.get("slop");
    if (s != null && !s.isNull()) {
      if (!s.isInt() || s.asInt() < 0 || s.asInt() > LexiconEntry.MAX_SLOP) {
        throw new DataFileException(source, where, "slop must be an integer in [0, "
            + LexiconEntry.MAX_SLOP + "] but is " + StrictJson.kind(s));
      }
      slop = s.asInt();
    }
    List<String> match = List.of();
    List<String> noMatch = List.of();
    JsonNode ex = node.get("examples");
    if (ex != null && !ex.isNull()) {
      StrictJson.object(ex, source, where + ".examples");
      StrictJson.onlyFields(ex, EXAMPLE_FIELDS, source, where + ".examples");
      match = StrictJson.textList(ex, "match", source, where + ".examples");
      noMatch = StrictJson.textList(ex, "noMatch", source, where + ".examples");
    }
    return new LexiconEntry(id, label, aspect, terms, phrases, weight, slop, match, noMatch);
  }

  private static void checkExpression(String s, String field, String source, String where) {
    if (s.length() > MAX_EXPRESSION_LENGTH) {
      throw new DataFileException(source, where, field + " value of " + s.length()
          + " chars is longer than the limit of " + MAX_EXPRESSION_LENGTH);
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        throw new DataFileException(source, where, field + " value \"" + s.strip()
            + "\" contains a control character at index " + i);
      }
    }
  }

  private void validateLabel(Scheme scheme, String label, String aspect, String source, String where) {
    if (scheme == Scheme.DIMENSIONS) {
      Dimension dim;
      try {
        dim = Dimension.fromCode(label);
      } catch (IllegalArgumentException e) {
        throw new DataFileException(source, where, e.getMessage(), e);
      }
      if (aspect != null) {
        var a = aspects.find(aspect);
        if (a.isEmpty() || a.get().dimension() != dim) {
          throw new DataFileException(source, where, "unknown aspect \"" + aspect + "\" for " + label
              + "; expected one of " + aspects.aspectsOf(dim).stream().map(x -> x.id()).toList());
        }
      }
    } else {
      if (codebook.find(label).isEmpty()) {
        throw new DataFileException(source, where, "unknown interpretation code \"" + label
            + "\"; the codebook " + codebook.id() + " has " + codebook.codes());
      }
      if (aspect != null) {
        throw new DataFileException(source, where,
            "interpretation entries have no \"aspect\"; remove the field");
      }
    }
  }
}
