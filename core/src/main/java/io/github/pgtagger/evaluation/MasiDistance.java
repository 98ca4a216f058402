package io.github.pgtagger.evaluation;

import java.util.HashSet;
import java.util.Set;
import org.dkpro.statistics.agreement.IAnnotationStudy;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;

/**
 * MASI distance between two label sets (Passonneau 2006), as in NLTK's {@code masi_distance}: {@code 1 - J * M},
 * where {@code J = |A and B| / |A or B|} (1 for two empty sets) and {@code M} is 1 when the sets are equal, 2/3 when
 * one is a subset of the other, 1/3 when they overlap otherwise and 0 when they are disjoint.
 *
 * <p>DKPro's own {@code MASISetAnnotationDistanceFunction} computes {@code (1 - J) * w} with {@code w} = 0, 1/3,
 * 2/3, 1 instead, which puts an empty set at distance 1/3 from any non-empty set; in multi-label coding "no label"
 * against "some label" is a full disagreement, so this class is plugged into DKPro's alpha instead.
 */
final class MasiDistance implements IDistanceFunction {
  @Override
  public double measureDistance(IAnnotationStudy study, Object category1, Object category2) {
    return distance((Set<?>) category1, (Set<?>) category2);
  }

  /** The MASI distance of two sets, in [0, 1]. */
  static double distance(Set<?> a, Set<?> b) {
    if (a.equals(b)) {
      return 0.0;
    }
    Set<Object> intersection = new HashSet<>(a);
    intersection.retainAll(b);
    Set<Object> union = new HashSet<>(a);
    union.addAll(b);
    double jaccard = (double) intersection.size() / union.size();
    double monotonicity;
    if (a.containsAll(b) || b.containsAll(a)) {
      monotonicity = 2.0 / 3.0;
    } else if (!intersection.isEmpty()) {
      monotonicity = 1.0 / 3.0;
    } else {
      monotonicity = 0.0;
    }
    return 1.0 - jaccard * monotonicity;
  }
}
