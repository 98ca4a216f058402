package io.github.pgtagger.evaluation;

import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.Tagger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calibrates per-label thresholds on a labelled set by a fixed procedure, so that thresholds come from data and
 * not from tweaking single examples:
 *
 * <ol>
 *   <li>tag every text once with a tagger whose thresholds are at most {@link #MIN_THRESHOLD}, keeping each
 *       label's score (0 when the label has no evidence);
 *   <li>for each label on its own, try every threshold from {@link #MIN_THRESHOLD} to {@link #MAX_THRESHOLD} in
 *       steps of {@link #STEP} and keep the one with the highest F1; among equal F1 values take the middle of the
 *       longest run, so the choice sits in a stable plateau;
 *   <li>estimate how well such thresholds generalise by k-fold cross-validation (folds fixed by a hash of the
 *       record id): calibrate on k-1 folds, predict the held fold, and pool the held-out predictions.
 * </ol>
 *
 * <p>Dimensions are calibrated on the records given as dimension gold, interpretations on the records given as
 * interpretation gold (for example professional statements plus personal reflections, so that false alarms on
 * reflections count). Immutable and thread-safe.
 */
public final class ThresholdCalibrator {
  /** Lowest threshold tried; also the floor below which no label is assigned. */
  public static final double MIN_THRESHOLD = 0.10;
  /** Highest threshold tried. */
  public static final double MAX_THRESHOLD = 0.80;
  /** Grid step. */
  public static final double STEP = 0.01;

  private static final List<String> DIMENSIONS = Arrays.stream(Dimension.values()).map(Dimension::code).toList();

  /**
   * The outcome of a calibration.
   *
   * @param thresholds the calibrated threshold per label code (dimensions first, then interpretations)
   * @param dimensionsInSample macro F1 of the dimensions on the calibration set itself, with these thresholds
   * @param dimensionsCrossValidated macro F1 of the dimensions on held-out folds
   * @param interpretationsInSample macro F1 of the interpretations on the calibration set itself
   * @param interpretationsCrossValidated macro F1 of the interpretations on held-out folds
   */
  public record Result(Map<String, Double> thresholds, double dimensionsInSample, double dimensionsCrossValidated,
      double interpretationsInSample, double interpretationsCrossValidated) {
    /** Copies the map. */
    public Result {
      thresholds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
    }
  }

  private final Tagger tagger;
  private final int folds;

  /**
   * A calibrator.
   *
   * @param lowThresholdTagger a tagger built with every threshold at most {@link #MIN_THRESHOLD}, e.g.
   *     {@code Tagger.builder().dimensionThreshold(0.01).interpretationThreshold(0.01).build()}
   * @param folds number of cross-validation folds, 2 to 20
   */
  public ThresholdCalibrator(Tagger lowThresholdTagger, int folds) {
    if (folds < 2 || folds > 20) {
      throw new IllegalArgumentException("folds must be in [2, 20] but is " + folds);
    }
    for (String code : labels(lowThresholdTagger)) {
      if (lowThresholdTagger.threshold(code) > MIN_THRESHOLD) {
        throw new IllegalArgumentException("the tagger's threshold for " + code + " is "
            + lowThresholdTagger.threshold(code) + "; calibration needs every threshold at most " + MIN_THRESHOLD
            + " (build it with dimensionThreshold(0.01) and interpretationThreshold(0.01))");
      }
    }
    this.tagger = lowThresholdTagger;
    this.folds = folds;
  }

  private static List<String> labels(Tagger t) {
    List<String> all = new ArrayList<>(DIMENSIONS);
    all.addAll(t.codebook().codes());
    return all;
  }

  /** Calibrates dimensions on {@code dimensionGold} and interpretations on {@code interpretationGold}. */
  public Result calibrate(List<GoldRecord> dimensionGold, List<GoldRecord> interpretationGold) {
    Scored dims = score(dimensionGold, true);
    Scored ints = score(interpretationGold, false);
    Map<String, Double> thresholds = new LinkedHashMap<>();
    thresholds.putAll(dims.fit(all(dims.size())));
    thresholds.putAll(ints.fit(all(ints.size())));
    return new Result(thresholds, dims.macroF1(thresholds, all(dims.size())), dims.crossValidated(folds),
        ints.macroF1(thresholds, all(ints.size())), ints.crossValidated(folds));
  }

  private static int[] all(int n) {
    int[] idx = new int[n];
    Arrays.setAll(idx, i -> i);
    return idx;
  }

  private Scored score(List<GoldRecord> records, boolean dimensions) {
    List<String> labels = dimensions ? DIMENSIONS : tagger.codebook().codes();
    double[][] scores = new double[records.size()][labels.size()];
    List<Set<String>> gold = new ArrayList<>();
    String[] ids = new String[records.size()];
    for (int i = 0; i < records.size(); i++) {
      GoldRecord r = records.get(i);
      TaggingResult res = tagger.tag(r.text(), r.lang());
      Map<String, Double> s = new HashMap<>();
      if (dimensions) {
        for (DimensionTag t : res.dimensions()) {
          s.put(t.code(), t.score());
        }
      } else {
        for (InterpretationTag t : res.interpretations()) {
          s.put(t.code(), t.score());
        }
      }
      for (int l = 0; l < labels.size(); l++) {
        scores[i][l] = s.getOrDefault(labels.get(l), 0.0);
      }
      gold.add(dimensions ? r.dimensions() : r.interpretations());
      ids[i] = r.id();
    }
    return new Scored(labels, scores, gold, ids);
  }

  private record Scored(List<String> labels, double[][] scores, List<Set<String>> gold, String[] ids) {
    int size() {
      return scores.length;
    }

    Map<String, Double> fit(int[] rows) {
      Map<String, Double> out = new LinkedHashMap<>();
      int steps = (int) Math.round((MAX_THRESHOLD - MIN_THRESHOLD) / STEP);
      for (int l = 0; l < labels.size(); l++) {
        double[] f1 = new double[steps + 1];
        for (int s = 0; s <= steps; s++) {
          f1[s] = f1(l, threshold(s), rows);
        }
        double best = Arrays.stream(f1).max().orElse(0);
        int bestStart = 0;
        int bestLen = 0;
        for (int s = 0; s <= steps; s++) {
          if (f1[s] == best) {
            int e = s;
            while (e + 1 <= steps && f1[e + 1] == best) {
              e++;
            }
            if (e - s + 1 > bestLen) {
              bestStart = s;
              bestLen = e - s + 1;
            }
            s = e;
          }
        }
        out.put(labels.get(l), threshold(bestStart + (bestLen - 1) / 2));
      }
      return out;
    }

    static double threshold(int step) {
      return Math.round((MIN_THRESHOLD + step * STEP) * 1000) / 1000.0;
    }

    double f1(int label, double t, int[] rows) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      String code = labels.get(label);
      for (int i : rows) {
        boolean p = scores[i][label] >= t;
        boolean g = gold.get(i).contains(code);
        if (p && g) {
          tp++;
        } else if (p) {
          fp++;
        } else if (g) {
          fn++;
        }
      }
      return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    Set<String> predict(int i, Map<String, Double> thresholds) {
      Set<String> out = new HashSet<>();
      for (int l = 0; l < labels.size(); l++) {
        if (scores[i][l] > 0 && scores[i][l] >= thresholds.get(labels.get(l))) {
          out.add(labels.get(l));
        }
      }
      return out;
    }

    double macroF1(Map<String, Double> thresholds, int[] rows) {
      List<Set<String>> g = new ArrayList<>();
      List<Set<String>> p = new ArrayList<>();
      for (int i : rows) {
        g.add(gold.get(i));
        p.add(predict(i, thresholds));
      }
      return SchemeEvaluation.compute(labels, g, p).macroF1();
    }

    double crossValidated(int folds) {
      List<Set<String>> g = new ArrayList<>();
      List<Set<String>> p = new ArrayList<>();
      for (int f = 0; f < folds; f++) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
          (Math.floorMod(ids[i].hashCode(), folds) == f ? test : train).add(i);
        }
        Map<String, Double> t = fit(train.stream().mapToInt(Integer::intValue).toArray());
        for (int i : test) {
          g.add(gold.get(i));
          p.add(predict(i, t));
        }
      }
      return SchemeEvaluation.compute(labels, g, p).macroF1();
    }
  }
}
