package dev.cortexflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The production classes of every module, imported once for all architecture tests. */
final class ProductionClasses {

  private static JavaClasses classes;

  private ProductionClasses() {}

  static synchronized JavaClasses get() {
    if (classes == null) {
      classes = new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.cortexflow");
      assertThat(classes.contain("dev.cortexflow.model.Workflow"))
          .as("the production classes of every module are on the test class path").isTrue();
    }
    return classes;
  }
}
