/**
 * The domain model of Positive Health and the values the tagger returns.
 *
 * <ul>
 *   <li>{@link io.github.pgtagger.model.Dimension}: the six dimensions, with stable codes such as
 *       {@code BODILY_FUNCTIONS}.
 *   <li>{@link io.github.pgtagger.model.AspectSet} and {@link io.github.pgtagger.model.Aspect}: the 42 aspects of
 *       "Mijn Positieve Gezondheid" (2016), loaded from data so another version can replace them.
 *   <li>{@link io.github.pgtagger.model.Codebook} and {@link io.github.pgtagger.model.Interpretation}: the
 *       interpretations of Positive Health, by default Yaron's five ({@code yaron-2021}), loaded from data.
 *   <li>{@link io.github.pgtagger.model.TaggingResult}: per text its language, {@link
 *       io.github.pgtagger.model.DimensionTag}s and {@link io.github.pgtagger.model.InterpretationTag}s, each with
 *       a score, a {@link io.github.pgtagger.model.Polarity} and {@link io.github.pgtagger.model.Evidence} whose
 *       {@code [start, end)} offsets slice the original string exactly.
 * </ul>
 *
 * <p>All values are immutable records or enums.
 */
package io.github.pgtagger.model;
