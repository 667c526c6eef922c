/**
 * The JSON codecs of bengkel-core's {@code org.bengkel.facility} package, listed by the package's
 * {@code *Codecs.all()} and registered in {@link org.bengkel.json.Codecs}.
 */
@NullMarked
package org.bengkel.json.codec.facility;

import org.jspecify.annotations.NullMarked;
