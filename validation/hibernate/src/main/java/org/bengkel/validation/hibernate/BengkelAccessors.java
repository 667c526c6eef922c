package org.bengkel.validation.hibernate;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.jspecify.annotations.Nullable;

/**
 * A Hibernate Validator getter strategy that also takes bengkel's record-style accessors as
 * properties (<i>pengakses gaya rekaman</i>), so that {@code validator.validate(product)} finds the
 * constraints declared on {@code Product.name()} or {@code Sku.value()}.
 *
 * <p>Why: Hibernate Validator reads constraints only from JavaBeans getters ({@code getName()},
 * {@code isActive()}); bengkel's values expose {@code name()}, so without this strategy a host's
 * validator silently finds no constrained property on them.
 *
 * <p>Register it with one line:
 *
 * <pre>{@code
 * Validator validator = Validation.byProvider(HibernateValidator.class).configure()
 *     .getterPropertySelectionStrategy(new BengkelAccessors())
 *     .buildValidatorFactory().getValidator();
 * }</pre>
 *
 * or, without code, in {@code META-INF/validation.xml}: {@code <property
 * name="hibernate.validator.getter_property_selection_strategy">org.bengkel.validation.hibernate.BengkelAccessors</property>}.
 * On Spring Boot, a {@code ValidationConfigurationCustomizer} bean does the same (the reference
 * service shows it).
 *
 * <p>The line needs an Expression Language implementation on the class path, for Hibernate
 * Validator's default message interpolation; neither Hibernate Validator nor this artifact brings
 * one. Spring Boot's {@code spring-boot-starter-validation} does (Tomcat's); elsewhere add {@code
 * org.glassfish.expressly:expressly} 6.0.0, or add {@code .messageInterpolator(new
 * ParameterMessageInterpolator())} before {@code buildValidatorFactory()}. Without either, {@code
 * buildValidatorFactory()} throws {@code HV000183: Unable to initialize
 * 'jakarta.el.ExpressionFactory'}.
 *
 * <p>What it selects: every JavaBeans getter, as Hibernate Validator's default strategy does (so a
 * host's own beans keep their behaviour), and in addition every public-facing, non-static,
 * no-argument, non-void method declared by a class of an {@code org.bengkel} package, named as the
 * method, except the methods that are not properties: {@code toString}, {@code hashCode}, {@code
 * builder}, {@code toBuilder}, {@code with…} copies and the like.
 *
 * <p>How it knows the declaring class: Hibernate Validator's SPI passes the method's name and types
 * only; its implementation holds the {@link Method}, which this strategy reads. That works on the
 * class path (a Spring Boot application). On the module path, Hibernate Validator keeps the
 * holder's package closed; open it to this module with {@code --add-opens
 * org.hibernate.validator/org.hibernate.validator.internal.properties.javabean=org.bengkel.validation.hibernate}.
 * When the method cannot be read (closed package, another Hibernate Validator implementation), the
 * strategy cannot tell bengkel's classes from others and selects record-style accessors of every
 * class: bengkel's constraints are still found, and a host's own no-argument, non-getter method
 * with a return-value constraint is then validated as a property instead of by method validation.
 *
 * <p>Stateless and thread-safe.
 */
public final class BengkelAccessors implements GetterPropertySelectionStrategy {

  /** Methods of bengkel's values that take no argument and return a value but are no property. */
  private static final Set<String> NOT_PROPERTIES =
      Set.of("toString", "hashCode", "getClass", "clone", "builder", "toBuilder", "copyOf", "from");

  /** Where bengkel's classes live. */
  private static final String BENGKEL_PACKAGES = "org.bengkel.";

  /** For each implementation class of {@link ConstrainableExecutable}, its {@link Method} field. */
  private static final ClassValue<Optional<Field>> METHOD_FIELD =
      new ClassValue<>() {
        @Override
        protected Optional<Field> computeValue(Class<?> type) {
          for (Field f : type.getDeclaredFields()) {
            if (f.getType() == Method.class && !Modifier.isStatic(f.getModifiers())) {
              return f.trySetAccessible() ? Optional.of(f) : Optional.empty();
            }
          }
          return Optional.empty();
        }
      };

  /** Creates the strategy; it holds no state, so one instance serves every validator. */
  public BengkelAccessors() {}

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class) {
      return Optional.empty();
    }
    String name = executable.getName();
    Optional<String> bean = javaBeanProperty(name, executable.getReturnType());
    if (bean.isPresent()) {
      return bean;
    }
    if (NOT_PROPERTIES.contains(name) || isCopyMethod(name)) {
      return Optional.empty();
    }
    Method method = method(executable);
    if (method != null && !isBengkelAccessor(method)) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalized =
        propertyName.substring(0, 1).toUpperCase(Locale.ROOT) + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalized, "is" + capitalized, "has" + capitalized);
  }

  /** The JavaBeans rule, as Hibernate Validator's default strategy applies it. */
  private static Optional<String> javaBeanProperty(String name, Class<?> returns) {
    if (name.startsWith("get") && name.length() > 3) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if ((name.startsWith("is") && name.length() > 2) && returns == boolean.class) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    if ((name.startsWith("has") && name.length() > 3) && returns == boolean.class) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    return Optional.empty();
  }

  /** {@code Name} → {@code name}, but {@code URL} stays {@code URL} (JavaBeans' decapitalize). */
  private static String decapitalize(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code withName()}: a copy with one field changed (here without argument), not a property. */
  private static boolean isCopyMethod(String name) {
    return name.startsWith("with") && name.length() > 4 && Character.isUpperCase(name.charAt(4));
  }

  private static boolean isBengkelAccessor(Method method) {
    return method.getDeclaringClass().getName().startsWith(BENGKEL_PACKAGES)
        && !Modifier.isStatic(method.getModifiers())
        && !method.isBridge()
        && !method.isSynthetic();
  }

  /** The reflected method behind the SPI's view, or null when it cannot be read. */
  private static @Nullable Method method(ConstrainableExecutable executable) {
    Optional<Field> field = METHOD_FIELD.get(executable.getClass());
    if (field.isEmpty()) {
      return null;
    }
    try {
      return (Method) field.get().get(executable);
    } catch (IllegalAccessException e) {
      return null;
    }
  }
}
