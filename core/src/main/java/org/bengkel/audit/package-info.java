/**
 * Who did what, when (<i>jejak audit</i>): the {@link org.bengkel.audit.Actor} of a change (an
 * officer by NIP, or a named system actor such as an import), the {@link org.bengkel.audit.Stamp}
 * every state-changing operation takes (actor, instant, the facility's time zone), the {@link
 * org.bengkel.audit.DomainEvent}s accepted operations yield, and the {@link
 * org.bengkel.audit.AuditTrail} that reads them back as an officer would.
 *
 * <p>The package comes right after {@code facility} in the story order: an actor is identified by a
 * {@link org.bengkel.facility.Nip} and a stamp's zone is the facility's. Every aggregate after it
 * (trainee to proceeds) records stamps and yields events. Nothing personal about a trainee is ever
 * an actor; events that concern a trainee name them by registration number only in the facts an
 * audit trail shows under {@link org.bengkel.audit.Disclosure#REGISTRATION_NUMBERS}.
 */
@BengkelStyle
@NullMarked
package org.bengkel.audit;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
