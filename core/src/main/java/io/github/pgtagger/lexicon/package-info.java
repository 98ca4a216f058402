/**
 * Lexicons: the words and phrases that signal each dimension, aspect and interpretation, as JSON data that tests
 * itself.
 *
 * <p>{@link io.github.pgtagger.lexicon.LexiconLoader} reads and validates a file; a bad file is refused as a whole
 * with a {@link io.github.pgtagger.model.DataFileException} naming the file and the entry. {@link
 * io.github.pgtagger.lexicon.BundledLexicons} holds the lexicons that ship with pgtagger. Every entry carries
 * sentences it must and must not match; {@link io.github.pgtagger.tagging.LexiconExamples} runs them. The format is
 * described in {@code docs/lexicon-format.md}.
 */
package io.github.pgtagger.lexicon;
