/**
 * Privacy views (<i>tampilan privasi</i>): the JSON of what leaves the facility (product labels,
 * catalogue and e-Katalog listings, skills passports, buyers' receipts), written from view types
 * that have no field for a trainee's identity or sentence, so their JSON cannot carry them by
 * construction (UU 27/2022 on personal data protection); and the subject-access export ({@link
 * org.bengkel.json.privacy.SubjectAccessExport}), everything held about one trainee for that
 * trainee's right of access, holding no other trainee's data.
 */
@NullMarked
package org.bengkel.json.privacy;

import org.jspecify.annotations.NullMarked;
