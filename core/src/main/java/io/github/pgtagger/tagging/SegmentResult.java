package io.github.pgtagger.tagging;

import io.github.pgtagger.analysis.Segment;
import io.github.pgtagger.model.TaggingResult;
import java.util.Objects;

/**
 * The tags of one segment of a document. Evidence offsets index the whole document, not the segment.
 *
 * @param segment where the segment lies in the document
 * @param result its tags, with evidence offsets into the document
 */
public record SegmentResult(Segment segment, TaggingResult result) {
  /** Validates that both parts are present. */
  public SegmentResult {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(result, "result");
  }
}
