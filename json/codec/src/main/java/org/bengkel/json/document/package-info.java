/**
 * Versioned documents exchanged between systems (<i>dokumen berversi</i>): the envelope {@code
 * {"kind","schemaVersion","data"}} ({@link org.bengkel.json.document.Document}), the kinds and
 * their versions ({@link org.bengkel.json.document.DocumentKind}), and their registry ({@link
 * org.bengkel.json.document.DocumentKinds}). Older supported versions are read and upgraded to the
 * current payload; unknown kinds and unsupported versions are refused with {@code
 * json.document.unknown-kind} and {@code json.document.unsupported-version}.
 */
@NullMarked
package org.bengkel.json.document;

import org.jspecify.annotations.NullMarked;
