package org.bengkel.json.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bengkel.error.InvalidValueException;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonReader;
import org.bengkel.json.contract.TextJson;
import org.bengkel.money.MoneyRule;
import org.junit.jupiter.api.Test;

/** A prefix is dropped only when one is declared. */
class PathsMutationEdgesTest {

  @Test
  void withNoPrefixAFieldNameIsKeptWhole() {
    JsonReader in = TextJson.reader("{}");
    in.beginObject();
    in.endObject();
    // a field that starts with the separator: an empty first part, quoted, and nothing dropped
    assertThatThrownBy(
            () ->
                Paths.build(
                    in,
                    "",
                    () -> {
                      throw InvalidValueException.of(MoneyRule.NEGATIVE, ".x", null);
                    }))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.path()).isEqualTo("$[''].x"));
  }
}
