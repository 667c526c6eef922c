/**
 * The JSON codecs of bengkel-core's {@code org.bengkel.pricing} package, listed by the package's
 * {@code *Codecs.all()} and registered in {@link org.bengkel.json.Codecs}.
 */
@NullMarked
package org.bengkel.json.codec.pricing;

import org.jspecify.annotations.NullMarked;
