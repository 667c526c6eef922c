package org.bengkel.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

/**
 * Rendering of two forms no shipped file has: a form that is wholly another form (its schema a bare
 * reference) and a recursive form (its schema refers to itself).
 */
class JsonSchemasMutationEdgesTest {

  /** A price that is written as its amount alone: its schema is a reference to the Rupiah form. */
  record Price(Rupiah amount) {}

  private static final Codec<Price> PRICE =
      new Codec<>() {
        @Override
        public Class<Price> type() {
          return Price.class;
        }

        @Override
        public void write(Price value, JsonWriter out) {
          out.value(MoneyCodecs.RUPIAH, value.amount());
        }

        @Override
        public Price read(JsonReader in) {
          return new Price(in.read(MoneyCodecs.RUPIAH));
        }

        @Override
        public Optional<JsonSchema> schema() {
          return Optional.of(JsonSchema.ref(MoneyCodecs.RUPIAH));
        }
      };

  /** A chain of names, {@code {"name":"a","next":{"name":"b"}}}: a form inside itself. */
  record Chain(String name, Optional<Chain> next) {}

  private static final class ChainCodec implements Codec<Chain> {
    @Override
    public Class<Chain> type() {
      return Chain.class;
    }

    @Override
    public void write(Chain value, JsonWriter out) {
      out.beginObject().name("name").string(value.name());
      value.next().ifPresent(n -> out.name("next").value(this, n));
      out.endObject();
    }

    @Override
    public Chain read(JsonReader in) {
      String name = null;
      Chain next = null;
      in.beginObject();
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "name" -> name = in.nextString();
          case "next" -> next = in.nextIfNull() ? null : in.read(this);
          default -> in.unknownProperty();
        }
      }
      in.endObject();
      String n = name;
      Chain rest = next;
      return in.build(() -> new Chain(JsonReader.required(n, "name"), Optional.ofNullable(rest)));
    }

    @Override
    public Optional<JsonSchema> schema() {
      return Optional.of(
          JsonSchema.object(
              JsonSchema.required("name", JsonSchema.string(1, 40)),
              JsonSchema.optional("next", JsonSchema.ref(this))));
    }
  }

  @Test
  void aFormThatIsAnotherFormIsAReferenceToItsDefinition() {
    assertThat(JsonSchemas.forCodec(PRICE).orElseThrow())
        .isEqualTo(
            """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://bengkel.org/schema/types/schema.Price.schema.json",
              "title": "bengkel schema.Price",
              "$ref": "#/$defs/money.Rupiah",
              "$defs": {
                "money.Rupiah": {
                  "description": "An amount in whole rupiah, not negative",
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 9223372036854775807
                }
              }
            }
            """);
  }

  @Test
  void aFormThatRefersToItselfIsDefinedOnce() {
    // the optional "next" may be null or another chain; the definition refers to itself and is
    // gathered once
    assertThat(JsonSchemas.forCodec(new ChainCodec()).orElseThrow())
        .isEqualTo(
            """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://bengkel.org/schema/types/schema.Chain.schema.json",
              "title": "bengkel schema.Chain",
              "type": "object",
              "properties": {
                "name": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 40,
                  "not": {
                    "pattern": "\\\\u0000"
                  }
                },
                "next": {
                  "anyOf": [
                    {
                      "type": "null"
                    },
                    {
                      "$ref": "#/$defs/schema.Chain"
                    }
                  ]
                }
              },
              "required": [
                "name"
              ],
              "additionalProperties": false,
              "$defs": {
                "schema.Chain": {
                  "type": "object",
                  "properties": {
                    "name": {
                      "type": "string",
                      "minLength": 1,
                      "maxLength": 40,
                      "not": {
                        "pattern": "\\\\u0000"
                      }
                    },
                    "next": {
                      "anyOf": [
                        {
                          "type": "null"
                        },
                        {
                          "$ref": "#/$defs/schema.Chain"
                        }
                      ]
                    }
                  },
                  "required": [
                    "name"
                  ],
                  "additionalProperties": false
                }
              }
            }
            """);
  }

  @Test
  void aPropertyKnowsItsNameAndWhetherItIsRequired() {
    JsonSchema.Property name = JsonSchema.required("name", JsonSchema.string());
    JsonSchema.Property note = JsonSchema.optional("note", JsonSchema.string());
    assertThat(name.name()).isEqualTo("name");
    assertThat(name.isRequired()).isTrue();
    assertThat(note.name()).isEqualTo("note");
    assertThat(note.isRequired()).isFalse();
  }
}
