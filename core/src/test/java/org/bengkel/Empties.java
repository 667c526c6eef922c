package org.bengkel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;

/**
 * The one assertion for a required list, map or optional part given empty: {@code value.required}
 * naming the field, as a plain {@link InvalidValueException}, never the {@link
 * MissingValueException} of a null (docs/architecture.md, "Empty is not missing").
 */
public final class Empties {

  private Empties() {}

  /**
   * Asserts that a call refuses an empty list as empty, not as missing.
   *
   * @param call the call, given the empty list
   * @param field the field the refusal must name
   */
  public static void refusedAsEmpty(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e).isNotInstanceOf(MissingValueException.class);
              assertThat(e.ruleCode()).isEqualTo("value.required");
              assertThat(e.field()).isEqualTo(field);
            });
  }
}
