package io.github.pgtagger.evaluation;

import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.Tagger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Tags the texts of a gold standard, each in its gold language, and scores the tags against the gold labels
 * (see {@link LabelMetrics} and {@link SchemeEvaluation} for the definitions). Immutable and thread-safe.
 *
 * <pre>{@code
 * Evaluation e = new Evaluator(Tagger.defaults()).evaluate(GoldStandard.read(Path.of("gold.jsonl")));
 * System.out.println(e.dimensions().macroF1());
 * }</pre>
 */
public final class Evaluator {
  private static final List<String> DIMENSION_LABELS =
      Arrays.stream(Dimension.values()).map(Dimension::code).toList();

  private final Tagger tagger;

  /** An evaluator for the given tagger. */
  public Evaluator(Tagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  /** Evaluates the tagger on a gold standard. */
  public Evaluation evaluate(GoldStandard gold) {
    return evaluate(gold.records());
  }

  /**
   * Evaluates the tagger on gold records.
   *
   * @throws IllegalArgumentException when a record holds an interpretation code that is not in the tagger's
   *     codebook, or a text cannot be tagged (the message names the record's id)
   */
  public Evaluation evaluate(List<GoldRecord> records) {
    List<String> interpretationLabels = tagger.codebook().codes();
    Set<String> known = Set.copyOf(interpretationLabels);
    List<Prediction> predictions = new ArrayList<>(records.size());
    for (GoldRecord r : records) {
      for (String code : r.interpretations()) {
        if (!known.contains(code)) {
          throw new IllegalArgumentException("gold record \"" + r.id() + "\": interpretation \"" + code
              + "\" is not in the tagger's codebook " + tagger.codebook().id() + " " + interpretationLabels);
        }
      }
      TaggingResult result;
      try {
        result = tagger.tag(r.text(), r.lang());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("gold record \"" + r.id() + "\": cannot tag: " + e.getMessage(), e);
      }
      predictions.add(new Prediction(r, result));
    }
    SchemeEvaluation dims = SchemeEvaluation.compute(DIMENSION_LABELS,
        predictions.stream().map(p -> p.gold().dimensions()).toList(),
        predictions.stream().map(Prediction::predictedDimensions).toList());
    SchemeEvaluation ints = SchemeEvaluation.compute(interpretationLabels,
        predictions.stream().map(p -> p.gold().interpretations()).toList(),
        predictions.stream().map(Prediction::predictedInterpretations).toList());
    return new Evaluation(dims, ints, predictions);
  }

  /** The tagger being evaluated. */
  public Tagger tagger() {
    return tagger;
  }
}
