/**
 * bengkel's JSON format on Jackson 2 (<i>format JSON di Jackson 2</i>, {@code
 * com.fasterxml.jackson}): a hardened mapper from {@link org.bengkel.json.jackson2.BengkelJackson2}
 * and the module {@link org.bengkel.json.jackson2.BengkelJackson2Module} that delegates to
 * bengkel-json's codecs.
 *
 * <p>Null-marked: nothing here accepts or returns {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
package org.bengkel.json.jackson2;

import org.jspecify.annotations.NullMarked;
