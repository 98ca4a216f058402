/**
 * The tagger: the one entry point of the library.
 *
 * <pre>{@code
 * Tagger tagger = Tagger.builder()           // defaults: nl + en, bundled lexicons, codebook yaron-2021
 *     .addLexicon(Path.of("extra.json"))     // optional
 *     .build();                              // immutable and thread-safe: build once, share between threads
 * TaggingResult r = tagger.tag("Ik voel me eenzaam sinds de verhuizing.");
 * r.dimensions().get(0).code();              // "PARTICIPATION"
 * }</pre>
 *
 * <p>Scores are in (0, 1]: the sum of Lucene BM25 scores of the label's matched terms and phrases, mapped by
 * {@code s / (s + saturation)}. A label is assigned when its score reaches its threshold; thresholds are
 * calibrated on the development set (see {@code docs/accuracy.md}) and can be set per label on the {@link
 * io.github.pgtagger.tagging.Tagger.Builder}. Texts longer than {@link
 * io.github.pgtagger.tagging.Tagger.Builder#maxTextLength(int)} are refused with a {@link
 * io.github.pgtagger.tagging.TextTooLongException}.
 */
package io.github.pgtagger.tagging;
