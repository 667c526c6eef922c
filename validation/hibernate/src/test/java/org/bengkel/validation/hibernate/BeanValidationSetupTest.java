package org.bengkel.validation.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bengkel.facility.Officer;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * The documented setups work: the one line with an Expression Language implementation on the class
 * path (this module's tests have {@code org.glassfish.expressly:expressly}, as a host must add
 * outside Spring Boot), and, on a class path without one, the one line fails with Hibernate
 * Validator's {@code HV000183} while the setup with {@code ParameterMessageInterpolator} works.
 */
class BeanValidationSetupTest {

  @Test
  void withAnElImplementationTheOneLineSetupWorks() {
    assertThat(BeanValidationSetup.oneLine()).isZero();
  }

  @Test
  void withoutAnElImplementationOnlyTheParameterMessageInterpolatorSetupWorks() throws Exception {
    try (URLClassLoader withoutEl = classPathWithoutEl()) {
      assertThatThrownBy(() -> withoutEl.loadClass("jakarta.el.ExpressionFactory"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> call(withoutEl, "oneLine"))
          .hasMessageContaining("HV000183")
          .hasMessageContaining("jakarta.el.ExpressionFactory");
      assertThat(call(withoutEl, "withParameterMessageInterpolator")).isEqualTo(0);
    }
  }

  /** Hibernate Validator, its dependencies, bengkel's classes and these tests: no EL. */
  private static URLClassLoader classPathWithoutEl() throws ClassNotFoundException {
    List<URL> urls = new ArrayList<>();
    for (Class<?> c :
        List.of(
            Validation.class,
            HibernateValidator.class,
            Class.forName("org.jboss.logging.Logger"),
            Class.forName("com.fasterxml.classmate.TypeResolver"),
            BengkelAccessors.class,
            Officer.class,
            BeanValidationSetup.class)) {
      urls.add(c.getProtectionDomain().getCodeSource().getLocation());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), new JdkOnly());
  }

  /**
   * The JDK's classes and nothing else. Not the platform class loader itself: on the module path
   * (these tests run there) it hands a class of any named module, expressly's EL too, to the
   * module's loader.
   */
  private static final class JdkOnly extends ClassLoader {
    private static final Set<String> JDK_PACKAGES =
        ModuleFinder.ofSystem().findAll().stream()
            .flatMap(m -> m.descriptor().packages().stream())
            .collect(Collectors.toSet());

    JdkOnly() {
      super(null);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      int dot = name.lastIndexOf('.');
      if (dot > 0 && JDK_PACKAGES.contains(name.substring(0, dot))) {
        return ClassLoader.getPlatformClassLoader().loadClass(name);
      }
      throw new ClassNotFoundException(name);
    }
  }

  /** Calls a setup inside the loader, with the loader as the thread's context class loader. */
  private static Object call(ClassLoader loader, String setup) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return loader.loadClass(BeanValidationSetup.class.getName()).getMethod(setup).invoke(null);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw new AssertionError(e.getCause());
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
