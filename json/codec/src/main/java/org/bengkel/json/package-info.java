/**
 * bengkel's JSON wire format, independent of any JSON library: the neutral {@link
 * org.bengkel.json.JsonWriter} and {@link org.bengkel.json.JsonReader}, one {@link
 * org.bengkel.json.Codec} per domain type collected in {@link org.bengkel.json.Codecs}, the reading
 * {@link org.bengkel.json.BengkelJsonOptions} and the errors ({@link
 * org.bengkel.json.BengkelJsonException}, {@link org.bengkel.json.JsonRule}).
 *
 * <p>See {@code docs/json-format.md} for the format itself.
 */
@NullMarked
package org.bengkel.json;

import org.jspecify.annotations.NullMarked;
