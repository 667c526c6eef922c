/**
 * bengkel's JSON format on Jackson 3 (<i>format JSON di Jackson 3</i>, {@code tools.jackson}): a
 * hardened mapper from {@link org.bengkel.json.jackson3.BengkelJackson3} and the module {@link
 * org.bengkel.json.jackson3.BengkelJackson3Module} that delegates to bengkel-json's codecs.
 *
 * <p>Null-marked: nothing here accepts or returns {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
package org.bengkel.json.jackson3;

import org.jspecify.annotations.NullMarked;
