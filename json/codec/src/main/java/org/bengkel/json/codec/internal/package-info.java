/**
 * Helpers shared by the codecs of bengkel-json; not exported, not part of the API.
 */
package org.bengkel.json.codec.internal;
