package dev.cortexflow.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency arrows between modules (README, "Modules and dependencies") and where libraries may appear. */
class ModuleBoundariesTest {

  static JavaClasses classes;

  @BeforeAll
  static void import_production_classes() {
    classes = ProductionClasses.get();
  }

  @Test
  void core_depends_on_no_other_module_not_even_the_builder() {
    check(ArchitectureRules.coreDependsOnNoOtherModule());
  }

  @Test
  void dsl_depends_only_on_core() {
    check(ArchitectureRules.dslDependsOnlyOnCore());
  }

  @Test
  void core_and_dsl_use_no_http_library() {
    check(ArchitectureRules.coreAndDslUseNoHttpLibrary());
  }

  @Test
  void client_depends_only_on_core() {
    check(ArchitectureRules.clientDependsOnlyOnCore());
  }

  @Test
  void cloudflare_workflows_depends_only_on_client_and_dsl() {
    check(ArchitectureRules.cloudflareDependsOnlyOnClientAndDsl());
  }

  @Test
  void withcortex_workflows_depends_only_on_client_and_dsl() {
    check(ArchitectureRules.withcortexDependsOnlyOnClientAndDsl());
  }

  @Test
  void sandbox_depends_only_on_dsl() {
    check(ArchitectureRules.sandboxDependsOnlyOnDsl());
  }

  @Test
  void codegen_depends_only_on_dsl() {
    check(ArchitectureRules.codegenDependsOnlyOnDsl());
  }

  @Test
  void examples_depend_only_on_the_dsl_and_the_test_kit() {
    check(ArchitectureRules.examplesDependOnlyOnTheDslAndTheTestKit());
  }

  @Test
  void testing_depends_only_on_dsl() {
    check(ArchitectureRules.testingDependsOnlyOnDsl());
  }

  @Test
  void the_maven_plugin_uses_neither_the_sandbox_nor_the_examples_nor_the_cli_commands() {
    check(ArchitectureRules.mavenPluginUsesNeitherTheSandboxNorTheExamplesNorTheCliCommands());
  }

  @Test
  void the_maven_api_appears_only_in_the_maven_plugin() {
    check(ArchitectureRules.mavenApiOnlyInTheMavenPlugin());
  }

  @Test
  void feign_appears_only_in_the_api_clients() {
    check(ArchitectureRules.feignOnlyInTheClient());
  }

  @Test
  void java_diff_utils_appears_only_in_the_sync_engine() {
    check(ArchitectureRules.diffUtilsOnlyInTheSyncEngine());
  }

  @Test
  void javapoet_appears_only_in_codegen() {
    check(ArchitectureRules.javapoetOnlyInCodegen());
  }

  @Test
  void engine_depends_only_on_core() {
    check(ArchitectureRules.engineDependsOnlyOnCore());
  }

  @Test
  void picocli_appears_only_in_the_cli() {
    check(ArchitectureRules.picocliOnlyInTheCli());
  }

  @Test
  void jackson_stays_out_of_the_model_the_validator_the_references_and_the_dsl() {
    check(ArchitectureRules.jacksonStaysOutOfTheModelTheValidatorAndTheDsl());
  }

  @Test
  void every_package_a_boundary_names_holds_production_classes() {
    // a misspelt or moved package would make its boundary check nothing
    for (String pkg : ArchitectureRules.EVERY_MODULE) {
      assertThat(classes.that(resideInAPackage(pkg))).as("production classes in %s", pkg).isNotEmpty();
    }
  }

  @Test
  void every_production_class_lies_in_a_package_a_boundary_names() {
    // a new top-level package would be checked by no boundary until it is named
    assertThat(classes.that(not(resideInAnyPackage(ArchitectureRules.EVERY_MODULE.toArray(String[]::new)))))
        .extracting(JavaClass::getName).isEmpty();
  }

  static void check(ArchRule rule) {
    rule.check(classes);
  }
}
