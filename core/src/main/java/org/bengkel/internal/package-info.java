/** Implementation details of bengkel-core shared between its packages; not exported, not API. */
package org.bengkel.internal;
