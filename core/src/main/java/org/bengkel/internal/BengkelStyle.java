package org.bengkel.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.immutables.value.Value;

/**
 * The one Immutables style of bengkel-core, applied through each package's {@code
 * package-info.java}.
 *
 * <p>Why these settings: the generated {@code Immutable*} classes stay package-private so that
 * users only ever see the abstract domain type ({@code Trainee.builder()}, {@code
 * trainee.withStatus(..)}); generated code carries no {@code @Generated} annotation so that code
 * compiling against core without the annotations jar still compiles under {@code -Werror}; and a
 * missing or {@code null} attribute throws the library's own {@link MissingValueException} (an
 * {@link InvalidValueException}) naming the field, never a bare {@code NullPointerException} or
 * {@code IllegalStateException}.
 *
 * <p>This package is not exported: the annotation is an implementation detail.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    jdkOnly = true,
    depluralize = true,
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    defaults = @Value.Immutable(copy = true))
public @interface BengkelStyle {}
