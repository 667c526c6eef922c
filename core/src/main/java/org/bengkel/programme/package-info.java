/**
 * Skill programmes (<i>program pembinaan kemandirian</i>): programmes and their SKKNI competency units, enrolments, sessions and attendance, assessments, certificates and the skills passport.
 */
@BengkelStyle
package org.bengkel.programme;

import org.bengkel.internal.BengkelStyle;
