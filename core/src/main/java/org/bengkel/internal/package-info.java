/** Implementation details of bengkel-core shared between its packages; not exported, not API. */
@NullMarked
package org.bengkel.internal;

import org.jspecify.annotations.NullMarked;
