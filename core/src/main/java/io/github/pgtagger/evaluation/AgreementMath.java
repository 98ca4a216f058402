package io.github.pgtagger.evaluation;

import java.util.List;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * The bridge to DKPro Statistics: builds annotation studies and returns NaN where DKPro refuses the data because
 * the coders used a single category (there is then nothing to agree on beyond chance). Keeps DKPro types out of
 * the public API.
 */
final class AgreementMath {
  private AgreementMath() {}

  /** Cohen's kappa of a 2x2 table (gold in rows, tagger in columns); NaN when undefined. */
  static double binaryKappa(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    CodingAnnotationStudy study = new CodingAnnotationStudy(2);
    addMultiple(study, truePositives, Boolean.TRUE, Boolean.TRUE);
    addMultiple(study, falsePositives, Boolean.FALSE, Boolean.TRUE);
    addMultiple(study, falseNegatives, Boolean.TRUE, Boolean.FALSE);
    addMultiple(study, trueNegatives, Boolean.FALSE, Boolean.FALSE);
    return kappa(study);
  }

  private static void addMultiple(CodingAnnotationStudy study, int count, Object first, Object second) {
    if (count > 0) {
      study.addMultipleItems(count, first, second);
    }
  }

  /**
   * Cohen's kappa of two coders over the same units; units where either value is null are left out. NaN when
   * fewer than one unit remains or both coders used one and the same category throughout.
   */
  static double cohenKappa(List<?> first, List<?> second) {
    if (first.size() != second.size()) {
      throw new IllegalArgumentException("coders must code the same units: " + first.size() + " vs "
          + second.size());
    }
    CodingAnnotationStudy study = new CodingAnnotationStudy(2);
    for (int i = 0; i < first.size(); i++) {
      if (first.get(i) != null && second.get(i) != null) {
        study.addItem(first.get(i), second.get(i));
      }
    }
    return kappa(study);
  }

  private static double kappa(CodingAnnotationStudy study) {
    if (study.getItemCount() == 0) {
      return Double.NaN;
    }
    try {
      return new CohenKappaAgreement(study).calculateAgreement();
    } catch (InsufficientDataException e) {
      return Double.NaN;
    }
  }

  /** Krippendorff's alpha with the nominal distance; see {@link #alpha(List, int, IDistanceFunction)}. */
  static double nominalAlpha(List<Object[]> units, int coders) {
    return alpha(units, coders, new NominalDistanceFunction());
  }

  /**
   * Krippendorff's alpha over units of {@code coders} values each (null for a missing value). Units with fewer than
   * two values cannot be paired and are left out, as in Krippendorff's definition. NaN when no unit has two values
   * or all values are equal (expected disagreement 0).
   */
  static double alpha(List<Object[]> units, int coders, IDistanceFunction distance) {
    CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
    for (Object[] unit : units) {
      if (unit.length != coders) {
        throw new IllegalArgumentException("every unit needs " + coders + " values but one has " + unit.length);
      }
      int present = 0;
      for (Object v : unit) {
        if (v != null) {
          present++;
        }
      }
      if (present >= 2) {
        study.addItemAsArray(unit.clone());
      }
    }
    if (study.getItemCount() == 0) {
      return Double.NaN;
    }
    try {
      double a = new KrippendorffAlphaAgreement(study, distance).calculateAgreement();
      return Double.isInfinite(a) ? Double.NaN : a;
    } catch (InsufficientDataException e) {
      return Double.NaN;
    }
  }
}
