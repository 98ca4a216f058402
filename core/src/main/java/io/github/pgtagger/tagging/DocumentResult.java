package io.github.pgtagger.tagging;

import io.github.pgtagger.analysis.Segmentation;
import io.github.pgtagger.model.TaggingResult;
import java.util.List;
import java.util.Objects;

/**
 * The tags of a document tagged segment by segment: the per-segment results and the document's tags aggregated
 * from them by the rule described in {@link DocumentTagger}. All evidence offsets index the whole document.
 *
 * @param segmentation how the document was split
 * @param document the aggregated tags of the document
 * @param segments the results of the segments, in document order (segments without tags included)
 */
public record DocumentResult(Segmentation segmentation, TaggingResult document, List<SegmentResult> segments) {
  /** Copies the list. */
  public DocumentResult {
    Objects.requireNonNull(segmentation, "segmentation");
    Objects.requireNonNull(document, "document");
    segments = List.copyOf(segments);
  }

  /** The number of segments that carry the given dimension or interpretation code. */
  public int segmentsWith(String code) {
    int n = 0;
    for (SegmentResult s : segments) {
      TaggingResult r = s.result();
      if (r.dimensions().stream().anyMatch(t -> t.code().equals(code))
          || r.interpretations().stream().anyMatch(t -> t.code().equals(code))) {
        n++;
      }
    }
    return n;
  }
}
