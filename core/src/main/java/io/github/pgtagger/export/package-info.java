/**
 * Writers of tagging results: JSON Lines ({@link io.github.pgtagger.export.JsonlResultWriter}) and the other
 * export formats.
 */
package io.github.pgtagger.export;
