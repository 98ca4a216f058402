/** Implementation helpers; not exported, not API. */
package io.github.pgtagger.internal;
