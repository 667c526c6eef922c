package org.bengkel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.bengkel.error.Rule;
import org.bengkel.outcome.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every state change records who and when (docs/audit.md): a public operation of core that answers
 * with an {@link Outcome} takes a {@link Stamp}, or a value that carries one (a {@code
 * GoodsReturn}'s {@code stamp()}).
 */
class StampedOperationsTest {

  /**
   * Operations that answer with an Outcome but change no aggregate: derivations and checks, and
   * configuration that creates an aggregate at version 0 (a programme added to a training register,
   * as {@code TrainingRegister.of} does).
   */
  private static final Set<String> NOT_A_CHANGE =
      Set.of(
          "org.bengkel.production.ProductionBatch.toStockLot",
          "org.bengkel.programme.TrainingRegister.addProgramme");

  private static JavaClasses core;

  @BeforeAll
  static void importCore() throws URISyntaxException {
    Path classes = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    core = new ClassFileImporter().importPath(classes);
  }

  @Test
  void everyStateChangingOperationTakesAnActorAndAnInstant() {
    Set<String> unstamped = new TreeSet<>();
    int stamped = 0;
    for (JavaClass type : core) {
      if (!type.getModifiers().contains(JavaModifier.PUBLIC)
          || type.getSimpleName().startsWith("Immutable")
          || type.getPackageName().equals(Outcome.class.getPackageName())) {
        continue;
      }
      for (JavaMethod m : type.getMethods()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)
            || m.getModifiers().contains(JavaModifier.STATIC)
            || !m.getRawReturnType().isEquivalentTo(Outcome.class)
            || NOT_A_CHANGE.contains(type.getName() + "." + m.getName())) {
          continue;
        }
        if (m.getRawParameterTypes().stream().anyMatch(StampedOperationsTest::carriesAStamp)) {
          stamped++;
        } else {
          unstamped.add(m.getFullName());
        }
      }
    }
    assertThat(unstamped).as("state-changing operations without actor and instant").isEmpty();
    // the stock ledger's 9 operations, the sales order's 5 transitions, the premi account's 4,
    // the PNBP ledger's 3, the price book's 3 changes, the production batch's 14 operations (and
    // its history's move) and the training register's, rosters' and trainees' at least
    assertThat(stamped).isGreaterThanOrEqualTo(50);
  }

  private static boolean carriesAStamp(JavaClass parameter) {
    if (parameter.isEquivalentTo(Stamp.class)) {
      return true;
    }
    try {
      Method stamp = parameter.reflect().getMethod("stamp");
      return stamp.getReturnType() == Stamp.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Test
  void theExceptionsNameRealOperations() {
    for (String operation : NOT_A_CHANGE) {
      String type = operation.substring(0, operation.lastIndexOf('.'));
      assertThat(core.contain(type)).as(operation).isTrue();
      assertThat(core.get(type).getMethods())
          .as(operation)
          .anyMatch(m -> m.getFullName().startsWith(operation + "("));
    }
  }
}
