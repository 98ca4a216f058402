package io.github.pgtagger.cli;

import io.github.pgtagger.analysis.Segmentation;
import io.github.pgtagger.corpus.Reflection;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.DocumentResult;
import io.github.pgtagger.tagging.DocumentTagger;
import io.github.pgtagger.tagging.Tagger;

/** Tags one record, whole or segment by segment, and turns a failure into an error message. */
final class RecordTagger {
  /** The result of one record: the tags (and the per-segment results when segmented), or an error. */
  record Outcome(TaggingResult result, DocumentResult document, String error) {}

  private final Tagger tagger;
  private final DocumentTagger documents;
  private final Language forced;

  RecordTagger(Tagger tagger, Segmentation segmentation, Language forced) {
    this.tagger = tagger;
    this.documents = segmentation == Segmentation.NONE ? null : new DocumentTagger(tagger, segmentation);
    this.forced = forced;
  }

  Outcome tag(Reflection r) {
    Language lang = forced != null ? forced : r.language();
    try {
      if (documents != null) {
        DocumentResult d = documents.tag(r.text(), lang);
        return new Outcome(d.document(), d, null);
      }
      return new Outcome(tagger.tag(r.text(), lang), null, null);
    } catch (RuntimeException e) {
      return new Outcome(null, null, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }
}
