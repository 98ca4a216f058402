package io.github.pgtagger.evaluation;

import io.github.pgtagger.evaluation.AgreementReport.LabelAgreement;
import io.github.pgtagger.evaluation.AgreementReport.PairKappa;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dkpro.statistics.agreement.distance.SetAnnotation;

/**
 * Inter-coder agreement, computed with DKPro Statistics: Krippendorff's alpha and Cohen's kappa.
 *
 * <p>A unit is a list with one value per coder; {@code null} marks a value the coder did not give (missing).
 * Alpha uses every unit with at least two values; kappa uses the units both coders coded. A result is
 * {@link Double#NaN} when it is undefined: no usable unit, or all values equal (expected disagreement 0).
 */
public final class Agreement {
  private Agreement() {}

  /**
   * Krippendorff's alpha with the nominal distance.
   *
   * @param units one list per unit, each with one value (or null) per coder; all lists of equal length
   */
  public static double krippendorffAlphaNominal(List<? extends List<?>> units) {
    int coders = coderCount(units);
    List<Object[]> rows = new ArrayList<>(units.size());
    for (List<?> u : units) {
      rows.add(u.toArray());
    }
    return AgreementMath.nominalAlpha(rows, coders);
  }

  /**
   * Krippendorff's alpha over label sets with the MASI distance ({@link #masiDistance(Set, Set)}).
   *
   * @param units one list per unit, each with one label set (or null) per coder; all lists of equal length
   */
  public static double krippendorffAlphaMasi(List<? extends List<? extends Set<String>>> units) {
    int coders = coderCount(units);
    List<Object[]> rows = new ArrayList<>(units.size());
    for (List<? extends Set<String>> u : units) {
      Object[] row = new Object[u.size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = u.get(c) == null ? null : new SetAnnotation(u.get(c));
      }
      rows.add(row);
    }
    return AgreementMath.alpha(rows, coders, new MasiDistance());
  }

  /**
   * The MASI distance of two label sets (Passonneau 2006): {@code 1 - J * M} with Jaccard {@code J} and {@code M}
   * = 1 for equal sets, 2/3 when one contains the other, 1/3 when they overlap, 0 when disjoint. Two empty sets
   * are at distance 0; an empty and a non-empty set at distance 1.
   */
  public static double masiDistance(Set<?> a, Set<?> b) {
    return MasiDistance.distance(a, b);
  }

  /**
   * Cohen's kappa of two coders over the same units; units where either value is null are left out.
   *
   * @throws IllegalArgumentException when the lists differ in length
   */
  public static double cohenKappa(List<?> coderA, List<?> coderB) {
    return AgreementMath.cohenKappa(coderA, coderB);
  }

  /**
   * Agreement among coders who each gave a set of labels to every unit.
   *
   * <p>Per label, each coder's decision is binary (label present or absent); alpha (nominal) is computed among all
   * coders and kappa for every pair. Overall, alpha and each pair's kappa are computed over all unit-label
   * decisions pooled, and alpha also over the whole label sets with the MASI distance. A null set marks a unit the
   * coder did not code.
   *
   * @param coders the coder names, unique, at least two
   * @param labels the labels of the scheme, unique, in the order to report them
   * @param units one list per unit with one label set (or null) per coder
   * @throws IllegalArgumentException when the shape does not fit or a set holds a label not in {@code labels}
   */
  public static AgreementReport multiLabel(List<String> coders, List<String> labels,
      List<? extends List<? extends Set<String>>> units) {
    if (coders.size() < 2) {
      throw new IllegalArgumentException("agreement needs at least two coders but got " + coders);
    }
    if (new HashSet<>(coders).size() != coders.size()) {
      throw new IllegalArgumentException("coder names must be unique: " + coders);
    }
    Set<String> known = new HashSet<>(labels);
    if (known.size() != labels.size()) {
      throw new IllegalArgumentException("duplicate label in " + labels);
    }
    int n = coders.size();
    for (int u = 0; u < units.size(); u++) {
      List<? extends Set<String>> unit = units.get(u);
      if (unit.size() != n) {
        throw new IllegalArgumentException("unit " + u + " has " + unit.size() + " codings but there are " + n
            + " coders");
      }
      for (int c = 0; c < n; c++) {
        Set<String> s = unit.get(c);
        if (s == null) {
          continue;
        }
        for (String label : s) {
          if (!known.contains(label)) {
            throw new IllegalArgumentException("unit " + u + ", coder " + coders.get(c) + ": unknown label \""
                + label + "\"; expected one of " + labels);
          }
        }
      }
    }
    List<LabelAgreement> perLabel = new ArrayList<>(labels.size());
    List<Object[]> pooledUnits = new ArrayList<>(units.size() * labels.size());
    for (String label : labels) {
      List<Object[]> binary = binaryUnits(units, label, n);
      pooledUnits.addAll(binary);
      Map<String, Integer> positives = new LinkedHashMap<>();
      for (int c = 0; c < n; c++) {
        int count = 0;
        for (Object[] row : binary) {
          if (Boolean.TRUE.equals(row[c])) {
            count++;
          }
        }
        positives.put(coders.get(c), count);
      }
      perLabel.add(new LabelAgreement(label, positives, AgreementMath.nominalAlpha(binary, n),
          pairKappas(coders, binary)));
    }
    double alphaBinary = AgreementMath.nominalAlpha(pooledUnits, n);
    double alphaMasi = krippendorffAlphaMasi(units);
    return new AgreementReport(coders, units.size(), perLabel, alphaBinary, alphaMasi,
        pairKappas(coders, pooledUnits));
  }

  private static List<Object[]> binaryUnits(List<? extends List<? extends Set<String>>> units, String label,
      int n) {
    List<Object[]> out = new ArrayList<>(units.size());
    for (List<? extends Set<String>> unit : units) {
      Object[] row = new Object[n];
      for (int c = 0; c < n; c++) {
        Set<String> s = unit.get(c);
        row[c] = s == null ? null : Boolean.valueOf(s.contains(label));
      }
      out.add(row);
    }
    return out;
  }

  private static List<PairKappa> pairKappas(List<String> coders, List<Object[]> rows) {
    List<PairKappa> out = new ArrayList<>();
    for (int a = 0; a < coders.size(); a++) {
      for (int b = a + 1; b < coders.size(); b++) {
        List<Object> first = new ArrayList<>(rows.size());
        List<Object> second = new ArrayList<>(rows.size());
        int both = 0;
        for (Object[] row : rows) {
          first.add(row[a]);
          second.add(row[b]);
          if (row[a] != null && row[b] != null) {
            both++;
          }
        }
        out.add(new PairKappa(coders.get(a), coders.get(b), both, AgreementMath.cohenKappa(first, second)));
      }
    }
    return out;
  }

  private static int coderCount(List<? extends List<?>> units) {
    if (units.isEmpty()) {
      return 2;
    }
    int n = units.get(0).size();
    for (int u = 0; u < units.size(); u++) {
      if (units.get(u).size() != n) {
        throw new IllegalArgumentException("unit " + u + " has " + units.get(u).size()
            + " values but unit 0 has " + n);
      }
    }
    if (n < 2) {
      throw new IllegalArgumentException("agreement needs at least two coders but units have " + n + " values");
    }
    return n;
  }
}
