/**
 * pgtagger: tags free-text reflections with the six dimensions of Positive Health and their 42 aspects, and with
 * the interpretations of a codebook (by default Yaron's five), with scores and evidence offsets.
 *
 * <p>Start at {@link io.github.pgtagger.tagging.Tagger}.
 */
module io.github.pgtagger.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.apache.lucene.core;
  requires transitive org.apache.lucene.analysis.common;
  requires org.slf4j;
  requires java.xml;
  requires dkpro.statistics.agreement;

  exports io.github.pgtagger.model;
  exports io.github.pgtagger.lexicon;
  exports io.github.pgtagger.analysis;
  exports io.github.pgtagger.tagging;
  exports io.github.pgtagger.corpus;
  exports io.github.pgtagger.export;
  exports io.github.pgtagger.evaluation;
}
