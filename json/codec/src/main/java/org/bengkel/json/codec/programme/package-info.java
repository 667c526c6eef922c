/**
 * The JSON codecs of bengkel-core's {@code org.bengkel.programme} package, listed by the package's
 * {@code *Codecs.all()} and registered in {@link org.bengkel.json.Codecs}.
 */
@NullMarked
package org.bengkel.json.codec.programme;

import org.jspecify.annotations.NullMarked;
