/**
 * Privacy views (<i>tampilan privasi</i>): the JSON of what leaves the facility (product labels,
 * catalogue and e-Katalog listings, skills passports), written from view types that have no field
 * for a trainee's identity or sentence, so their JSON cannot carry them by construction (UU 27/2022
 * on personal data protection).
 */
package org.bengkel.json.privacy;
