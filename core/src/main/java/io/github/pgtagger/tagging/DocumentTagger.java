package io.github.pgtagger.tagging;

import io.github.pgtagger.analysis.Segment;
import io.github.pgtagger.analysis.Segmentation;
import io.github.pgtagger.model.Aspect;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.Polarity;
import io.github.pgtagger.model.TaggingResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tags long documents (meeting reports, interview transcripts) segment by segment with a {@link Tagger} and
 * aggregates the segments' tags into the document's tags.
 *
 * <p>The language is decided once for the whole document (given, or detected on the whole text), and every segment
 * is tagged in it. Aggregation rule: a label (dimension or interpretation) is assigned to the document when at
 * least one segment carries it; its score is the <b>highest</b> score of a segment; its evidence is the evidence of
 * all segments that carry it, in document order, with offsets into the document; its polarity follows from all that
 * evidence ({@link Polarity#of(int, int)}); a dimension's aspects are those of all its segments, most frequent
 * first (ties: first mention first). Tags are ordered by score, highest first, then by code.
 *
 * <p>Immutable and thread-safe when the tagger is.
 */
public final class DocumentTagger {
  private final Tagger tagger;
  private final Segmentation segmentation;

  /** A document tagger that splits documents with the given segmentation. */
  public DocumentTagger(Tagger tagger, Segmentation segmentation) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.segmentation = Objects.requireNonNull(segmentation, "segmentation");
  }

  /** The segmentation in use. */
  public Segmentation segmentation() {
    return segmentation;
  }

  /** The tagger in use. */
  public Tagger tagger() {
    return tagger;
  }

  /**
   * Tags a document, detecting its language once on the whole text.
   *
   * @throws TextTooLongException when the document is longer than the tagger's maximum text length
   */
  public DocumentResult tag(String document) {
    return tag(document, null);
  }

  /**
   * Tags a document in the given language, or detects it on the whole document when {@code language} is null.
   *
   * @throws TextTooLongException when the document is longer than the tagger's maximum text length
   * @throws IllegalArgumentException when the language is not enabled in the tagger
   */
  public DocumentResult tag(String document, Language language) {
    Objects.requireNonNull(document, "document");
    if (document.length() > tagger.maxTextLength()) {
      throw new TextTooLongException(document.length(), tagger.maxTextLength());
    }
    boolean detected = language == null;
    Language lang = detected ? tagger.detectLanguage(document) : language;
    List<SegmentResult> segments = new ArrayList<>();
    for (Segment s : segmentation.split(document)) {
      TaggingResult r = tagger.tag(s.text(document), lang);
      segments.add(new SegmentResult(s, shift(r, s.start(), detected)));
    }
    return new DocumentResult(segmentation, aggregate(lang, detected, segments), segments);
  }

  private static TaggingResult shift(TaggingResult r, int offset, boolean detected) {
    List<DimensionTag> dims = new ArrayList<>();
    for (DimensionTag t : r.dimensions()) {
      dims.add(new DimensionTag(t.dimension(), t.score(), t.aspects(), t.polarity(), shift(t.evidence(), offset)));
    }
    List<InterpretationTag> ints = new ArrayList<>();
    for (InterpretationTag t : r.interpretations()) {
      ints.add(new InterpretationTag(t.code(), t.score(), t.polarity(), shift(t.evidence(), offset)));
    }
    return new TaggingResult(r.language(), detected, dims, ints);
  }

  private static List<Evidence> shift(List<Evidence> evidence, int offset) {
    if (offset == 0) {
      return evidence;
    }
    List<Evidence> out = new ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      out.add(new Evidence(e.start() + offset, e.end() + offset, e.text(), e.entry(), e.term(), e.negated()));
    }
    return out;
  }

  /** Aggregates segment results by the rule in the class comment. */
  static TaggingResult aggregate(Language lang, boolean detected, List<SegmentResult> segments) {
    Map<Dimension, Agg> dims = new EnumMap<>(Dimension.class);
    Map<String, Agg> ints = new LinkedHashMap<>();
    for (SegmentResult s : segments) {
      for (DimensionTag t : s.result().dimensions()) {
        Agg a = dims.computeIfAbsent(t.dimension(), d -> new Agg());
        a.add(t.score(), t.evidence());
        for (Aspect asp : t.aspects()) {
          a.aspects.merge(asp, 1, Integer::sum);
        }
      }
      for (InterpretationTag t : s.result().interpretations()) {
        ints.computeIfAbsent(t.code(), c -> new Agg()).add(t.score(), t.evidence());
      }
    }
    List<DimensionTag> dimTags = new ArrayList<>();
    dims.forEach((d, a) -> {
      List<Aspect> aspects = new ArrayList<>(a.aspects.keySet());
      aspects.sort(Comparator.comparingInt((Aspect x) -> -a.aspects.get(x)));
      dimTags.add(new DimensionTag(d, a.score, aspects, a.polarity(), a.evidence));
    });
    dimTags.sort(Comparator.comparingDouble((DimensionTag t) -> -t.score()).thenComparing(DimensionTag::code));
    List<InterpretationTag> intTags = new ArrayList<>();
    ints.forEach((c, a) -> intTags.add(new InterpretationTag(c, a.score, a.polarity(), a.evidence)));
    intTags.sort(Comparator.comparingDouble((InterpretationTag t) -> -t.score())
        .thenComparing(InterpretationTag::code));
    return new TaggingResult(lang, detected, dimTags, intTags);
  }

  private static final class Agg {
    double score;
    final List<Evidence> evidence = new ArrayList<>();
    final Map<Aspect, Integer> aspects = new LinkedHashMap<>();

    void add(double s, List<Evidence> ev) {
      score = Math.max(score, s);
      evidence.addAll(ev);
    }

    Polarity polarity() {
      int neg = (int) evidence.stream().filter(Evidence::negated).count();
      return Polarity.of(evidence.size() - neg, neg);
    }
  }
}
