/**
 * Outcomes of operations (<i>hasil operasi</i>): the one shape in which every operation of the
 * domain that may be refused answers.
 *
 * <ul>
 *   <li>{@link org.bengkel.outcome.Outcome}: accepted, with the new state, or refused, with one or
 *       more {@link org.bengkel.outcome.Refusal}s;
 *   <li>{@link org.bengkel.outcome.Refusal}: the rule (a stable code), the subject, the offending
 *       value unless it is personal data, details, and a message in English or Indonesian;
 *   <li>{@link org.bengkel.outcome.RefusalException}: what {@link
 *       org.bengkel.outcome.Outcome#orElseThrow()} throws, for callers that treat a refusal as a
 *       broken contract.
 * </ul>
 *
 * <p>A refused operation is a value, not an exception: the object it was called on is unchanged (it
 * is immutable) and the caller decides what to do. Invalid <em>construction</em> stays an {@link
 * org.bengkel.error.InvalidValueException}.
 */
@NullMarked
package org.bengkel.outcome;

import org.jspecify.annotations.NullMarked;
