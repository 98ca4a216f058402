/**
 * Streaming readers for batches of texts. Every input line or row yields exactly one {@link
 * io.github.pgtagger.corpus.CorpusRecord}, in input order: a {@link io.github.pgtagger.corpus.Reflection} to tag,
 * or a {@link io.github.pgtagger.corpus.BadRecord} that says what is wrong with that row. Lines are decoded as
 * strict UTF-8 one by one, so one bad line never shifts the others; a leading byte order mark and CRLF line ends
 * are accepted.
 */
package io.github.pgtagger.corpus;
