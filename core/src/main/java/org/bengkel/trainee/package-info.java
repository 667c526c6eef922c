/**
 * Trainees (<i>warga binaan</i>): registration numbers and register classes, sentences and remissions, discipline records, eligibility policies and their decisions (asimilasi, SAE, PB, CB, CMB).
 */
@BengkelStyle
package org.bengkel.trainee;

import org.bengkel.internal.BengkelStyle;
