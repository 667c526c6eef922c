/**
 * What the Jackson 2 and Jackson 3 modules share beyond the codecs (<i>bantuan modul</i>): exported
 * only to those two modules, not part of the API.
 */
@NullMarked
package org.bengkel.json.internal;

import org.jspecify.annotations.NullMarked;
