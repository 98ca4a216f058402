package io.github.pgtagger.export;

import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.lexicon.Scheme;
import io.github.pgtagger.model.Aspect;
import io.github.pgtagger.model.AspectSet;
import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.Interpretation;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.tagging.Tagger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The REFI-QDA code tree of pgtagger's labels, shared by the {@link QdcWriter codebook} and {@link QdpxWriter
 * project} exports. Immutable and thread-safe.
 *
 * <p>The tree, in order:
 *
 * <ul>
 *   <li>the six dimensions as top-level codable codes (key {@code dimension:<CODE>}), each with its aspects as
 *       codable child codes (key {@code aspect:<aspect set id>:<ASPECT_ID>}), all in the dimension's colour;
 *   <li>one grouping code, not codable, named "Interpretaties (&lt;codebook id&gt;)" in Dutch or "Interpretations
 *       (&lt;codebook id&gt;)" in English (key {@code interpretations:<codebook id>}), with one codable child code
 *       per interpretation (key {@code interpretation:<codebook id>:<CODE>}).
 * </ul>
 *
 * <p>Each code's GUID is the name-based {@link QdaGuids#of(String...) GUID of its key}, so every export of the
 * same aspect set and codebook uses the same GUIDs, whatever the language of the names. Names are in the chosen
 * language; descriptions say what the code is and end with its pgtagger code.
 */
public final class QdaCodebook {
  /** Colours of the dimensions (Okabe-Ito palette, distinguishable with colour-vision deficiencies). */
  private static final Map<Dimension, String> DIMENSION_COLORS = new EnumMap<>(Map.of(
      Dimension.BODILY_FUNCTIONS, "#D55E00",
      Dimension.MENTAL_WELLBEING, "#0072B2",
      Dimension.MEANINGFULNESS, "#CC79A7",
      Dimension.QUALITY_OF_LIFE, "#E69F00",
      Dimension.PARTICIPATION, "#009E73",
      Dimension.DAILY_FUNCTIONING, "#56B4E9"));
  /** Colours of the interpretations, in codebook order, repeated when a codebook has more (Paul Tol's muted). */
  private static final List<String> INTERPRETATION_COLORS =
      List.of("#332288", "#44AA99", "#882255", "#999933", "#AA4499", "#88CCEE", "#117733", "#CC6677", "#DDCC77");
  private static final String GROUP_COLOR = "#777777";

  private final Language language;
  private final AspectSet aspectSet;
  private final Codebook codebook;
  private final List<QdaCode> codes;
  private final Map<Dimension, QdaCode> dimensions = new EnumMap<>(Dimension.class);
  private final Map<String, QdaCode> aspects = new HashMap<>();
  private final Map<String, QdaCode> interpretations = new HashMap<>();
  /** Per text language and dimension: lexicon entry id to aspect id (the first lexicon that has the id wins). */
  private final Map<Language, Map<Dimension, Map<String, String>>> entryAspects;

  private QdaCodebook(AspectSet aspectSet, Codebook codebook, Language language, Tagger tagger) {
    this.language = Objects.requireNonNull(language, "language");
    this.aspectSet = Objects.requireNonNull(aspectSet, "aspectSet");
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    List<QdaCode> top = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      String color = DIMENSION_COLORS.get(d);
      List<QdaCode> children = new ArrayList<>();
      for (Aspect a : aspectSet.aspectsOf(d)) {
        QdaCode c = QdaCode.of("aspect:" + aspectSet.id() + ":" + a.id(), a.label(language),
            aspectDescription(a), color, true, List.of());
        aspects.put(a.id(), c);
        children.add(c);
      }
      QdaCode dc = QdaCode.of("dimension:" + d.code(), d.displayName(language), dimensionDescription(d), color, true,
          children);
      dimensions.put(d, dc);
      top.add(dc);
    }
    List<QdaCode> children = new ArrayList<>();
    List<Interpretation> items = codebook.interpretations();
    for (int i = 0; i < items.size(); i++) {
      Interpretation it = items.get(i);
      QdaCode c = QdaCode.of("interpretation:" + codebook.id() + ":" + it.code(), it.name(language),
          interpretationDescription(it), INTERPRETATION_COLORS.get(i % INTERPRETATION_COLORS.size()), true, List.of());
      interpretations.put(it.code(), c);
      children.add(c);
    }
    String groupName = (language == Language.NL ? "Interpretaties (" : "Interpretations (") + codebook.id() + ")";
    top.add(QdaCode.of("interpretations:" + codebook.id(), groupName, groupDescription(), GROUP_COLOR, false,
        children));
    this.codes = List.copyOf(top);
    this.entryAspects = tagger == null ? Map.of() : entryAspects(tagger);
  }

  /** The code tree of an aspect set and a codebook, with names in the given language. */
  public static QdaCodebook of(AspectSet aspectSet, Codebook codebook, Language language) {
    return new QdaCodebook(aspectSet, codebook, language, null);
  }

  /** The default code tree: aspect set {@code mph-2016} and codebook {@code yaron-2021}, names in Dutch. */
  public static QdaCodebook defaults() {
    return of(AspectSet.mph2016(), Codebook.yaron2021(), Language.NL);
  }

  /**
   * The code tree of a tagger's aspect set and codebook, which also knows the aspect of each of the tagger's
   * lexicon entries, so that {@link #codeOf(Language, DimensionTag, Evidence)} can code evidence with its aspect.
   */
  public static QdaCodebook of(Tagger tagger, Language language) {
    return new QdaCodebook(tagger.aspectSet(), tagger.codebook(), language, tagger);
  }

  private static Map<Language, Map<Dimension, Map<String, String>>> entryAspects(Tagger tagger) {
    Map<Language, Map<Dimension, Map<String, String>>> out = new EnumMap<>(Language.class);
    for (Language l : tagger.languages()) {
      Map<Dimension, Map<String, String>> byDim = new EnumMap<>(Dimension.class);
      for (Lexicon lex : tagger.lexicons(l)) {
        if (lex.scheme() != Scheme.DIMENSIONS) {
          continue;
        }
        for (LexiconEntry e : lex.entries()) {
          if (e.aspect() == null) {
            continue;
          }
          Dimension d;
          try {
            d = Dimension.fromCode(e.label());
          } catch (IllegalArgumentException ex) {
            continue;
          }
          byDim.computeIfAbsent(d, k -> new HashMap<>()).putIfAbsent(e.id(), e.aspect());
        }
      }
      out.put(l, byDim);
    }
    return Collections.unmodifiableMap(out);
  }

  private String dimensionDescription(Dimension d) {
    return language == Language.NL
        ? "Dimensie van Positieve Gezondheid (Huber e.a., BMJ Open 2016). pgtagger-code: " + d.code() + "."
        : "Dimension of Positive Health (Huber et al., BMJ Open 2016). pgtagger code: " + d.code() + ".";
  }

  private String aspectDescription(Aspect a) {
    return language == Language.NL
        ? "Aspect van " + a.dimension().nameNl() + " (aspectset " + aspectSet.id() + "). pgtagger-code: " + a.id()
            + "."
        : "Aspect of " + a.dimension().nameEn() + " (aspect set " + aspectSet.id() + "). pgtagger code: " + a.id()
            + ".";
  }

  private String interpretationDescription(Interpretation it) {
    String own = language == Language.NL ? it.descriptionNl() : it.descriptionEn();
    String other = language == Language.NL ? it.descriptionEn() : it.descriptionNl();
    StringBuilder b = new StringBuilder(own.isBlank() ? other : own);
    String wording = switch (it.wording()) {
      case "confirmed" -> language == Language.NL ? "Formulering: volgens de bron." : "Wording: as published.";
      case "reconstructed" -> language == Language.NL
          ? "Formulering: gereconstrueerd uit de thema's van de bron."
          : "Wording: reconstructed from the source's themes.";
      default -> "";
    };
    for (String part : List.of(wording, (language == Language.NL ? "pgtagger-code: " : "pgtagger code: ")
        + it.code() + ".")) {
      if (!part.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(part);
      }
    }
    return b.toString();
  }

  private String groupDescription() {
    String src = codebook.source().isBlank() ? "" : " " + codebook.source();
    String intro = language == Language.NL
        ? "Interpretaties van Positieve Gezondheid uit codeboek "
        : "Interpretations of Positive Health from codebook ";
    return intro + codebook.id() + ": " + codebook.title() + "." + src;
  }

  /** The language of the names and descriptions. */
  public Language language() {
    return language;
  }

  /** The aspect set the aspect codes come from. */
  public AspectSet aspectSet() {
    return aspectSet;
  }

  /** The codebook the interpretation codes come from. */
  public Codebook codebook() {
    return codebook;
  }

  /** The top-level codes: six dimensions, then the interpretation group. */
  public List<QdaCode> codes() {
    return codes;
  }

  /** The code of a dimension. */
  public QdaCode dimension(Dimension dimension) {
    return dimensions.get(dimension);
  }

  /**
   * The code of an aspect.
   *
   * @throws IllegalArgumentException when the aspect set has no such aspect
   */
  public QdaCode aspect(String aspectId) {
    QdaCode c = aspects.get(aspectId);
    if (c == null) {
      throw new IllegalArgumentException("aspect set " + aspectSet.id() + " has no aspect " + aspectId);
    }
    return c;
  }

  /**
   * The code of an interpretation.
   *
   * @throws IllegalArgumentException when the codebook has no such code
   */
  public QdaCode interpretation(String code) {
    QdaCode c = interpretations.get(code);
    if (c == null) {
      throw new IllegalArgumentException("codebook " + codebook.id() + " has no interpretation " + code
          + "; codes: " + codebook.codes());
    }
    return c;
  }

  /**
   * The code a piece of dimension evidence is coded with: the aspect code when the lexicon entry that matched
   * belongs to an aspect of the tag's dimension, else the dimension code. Without a tagger ({@link #of(AspectSet,
   * Codebook, Language)}) entries are unknown and this is always the dimension code.
   *
   * @param textLanguage the language the text was tagged in (lexicon entries are per language)
   */
  public QdaCode codeOf(Language textLanguage, DimensionTag tag, Evidence evidence) {
    String aspectId = entryAspects.getOrDefault(textLanguage, Map.of())
        .getOrDefault(tag.dimension(), Map.of()).get(evidence.entry());
    if (aspectId != null) {
      QdaCode c = aspects.get(aspectId);
      if (c != null && aspectSet.find(aspectId).map(a -> a.dimension() == tag.dimension()).orElse(false)) {
        return c;
      }
    }
    return dimensions.get(tag.dimension());
  }

  /** The code an interpretation tag's evidence is coded with. */
  public QdaCode codeOf(InterpretationTag tag) {
    return interpretation(tag.code());
  }

  /** All codes, depth first, in document order. */
  public List<QdaCode> allCodes() {
    List<QdaCode> out = new ArrayList<>();
    collect(codes, out);
    return out;
  }

  private static void collect(List<QdaCode> codes, List<QdaCode> out) {
    for (QdaCode c : codes) {
      out.add(c);
      collect(c.children(), out);
    }
  }

  /** The codes by key, in document order (for tests and tools). */
  public Map<String, QdaCode> byKey() {
    Map<String, QdaCode> m = new LinkedHashMap<>();
    allCodes().forEach(c -> m.put(c.key(), c));
    return Collections.unmodifiableMap(m);
  }
}
