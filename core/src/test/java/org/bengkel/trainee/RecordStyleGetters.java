package org.bengkel.trainee;

import java.util.List;
import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator treat record-style accessors ({@code name()}) as properties. A top-level
 * class rather than a nested one so that test discovery does not load it before {@link
 * BeanValidationTest} has made the module read Hibernate Validator.
 */
final class RecordStyleGetters implements GetterPropertySelectionStrategy {

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || name.equals("hashCode")
        || name.equals("toString")
        || name.startsWith("is")) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
