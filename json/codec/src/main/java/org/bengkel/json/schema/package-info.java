/**
 * JSON Schemas (draft 2020-12) of bengkel's format: {@link org.bengkel.json.schema.JsonSchema}
 * describes one form beside its codec, {@link org.bengkel.json.schema.JsonSchemas} renders the
 * schema files shipped in bengkel-json and copied under {@code docs/schema/}.
 */
@NullMarked
package org.bengkel.json.schema;

import org.jspecify.annotations.NullMarked;
