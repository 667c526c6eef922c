/**
 * The error model of bengkel (<i>model galat</i>): one small hierarchy of unchecked exceptions
 * used by every package.
 *
 * <ul>
 *   <li>{@link org.bengkel.error.InvalidValueException}: a value breaks a field rule (names the
 *       field, the value unless it is personal data, and the rule);
 *   <li>{@link org.bengkel.error.MissingValueException}: a required value is absent;
 *   <li>{@link org.bengkel.error.IllegalTransitionException}: a lifecycle move that is not
 *       allowed (names from, to and why).
 * </ul>
 *
 * <p>Each carries a {@link org.bengkel.error.Rule} with a stable code and a message in English and
 * Indonesian. Business decisions (eligibility, listing checks) are values, not exceptions.
 */
@NullMarked
package org.bengkel.error;

import org.jspecify.annotations.NullMarked;
