/** Helpers shared by the codecs of bengkel-json; not exported, not part of the API. */
@NullMarked
package org.bengkel.json.codec.internal;

import org.jspecify.annotations.NullMarked;
