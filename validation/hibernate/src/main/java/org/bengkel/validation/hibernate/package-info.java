/**
 * Bean Validation for bengkel's values on Hibernate Validator (<i>validasi bean</i>): {@link
 * org.bengkel.validation.hibernate.BengkelAccessors}, the getter strategy that selects bengkel's
 * record-style accessors as properties. Outside Spring Boot, Hibernate Validator also needs an
 * Expression Language implementation ({@code org.glassfish.expressly:expressly}) or a {@code
 * ParameterMessageInterpolator}: see {@link org.bengkel.validation.hibernate.BengkelAccessors}.
 */
@NullMarked
package org.bengkel.validation.hibernate;

import org.jspecify.annotations.NullMarked;
