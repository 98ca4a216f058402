/**
 * Text analysis with Apache Lucene: the {@link io.github.pgtagger.analysis.ReflectionAnalyzer} chain (tokenising
 * with offsets, case and diacritic folding, marked stopwords and negation cues, compound splitting, stemming) that
 * texts and lexicon terms share, and language detection behind the {@link
 * io.github.pgtagger.analysis.LanguageDetector} interface.
 */
package io.github.pgtagger.analysis;
