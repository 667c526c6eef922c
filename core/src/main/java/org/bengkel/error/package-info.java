/**
 * The error model of bengkel (<i>model galat</i>): one small hierarchy of unchecked exceptions used
 * by every package.
 *
 * <ul>
 *   <li>{@link org.bengkel.error.InvalidValueException}: a value breaks a field rule (names the
 *       field, the value unless it is personal data, and the rule);
 *   <li>{@link org.bengkel.error.MissingValueException}: a required value is absent or null.
 * </ul>
 *
 * <p>Each carries a {@link org.bengkel.error.Rule} with a stable code and a message in English and
 * Indonesian. Business decisions (eligibility, listing checks) are values, not exceptions, and an
 * operation that a rule refuses (a stage move the lifecycle does not allow, a sale beyond the
 * stock) answers with an {@link org.bengkel.outcome.Outcome}; its {@code orElseThrow()} throws
 * {@link org.bengkel.outcome.RefusalException}, the one exception for a refusal treated as a broken
 * contract.
 */
@NullMarked
package org.bengkel.error;

import org.jspecify.annotations.NullMarked;
