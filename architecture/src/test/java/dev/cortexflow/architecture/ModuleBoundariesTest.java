package dev.cortexflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency arrows between modules (DESIGN.md, "Modules") and where third-party libraries may appear. */
class ModuleBoundariesTest {

  static final String[] DSL = {"dev.cortexflow", "dev.cortexflow.model..", "dev.cortexflow.expr..",
      "dev.cortexflow.validate..", "dev.cortexflow.yaml..", "dev.cortexflow.integrations..",
      "dev.cortexflow.dsl..", "dev.cortexflow.internal.."};

  static JavaClasses classes;

  @BeforeAll
  static void import_production_classes() {
    classes = ProductionClasses.get();
  }

  @Test
  void dsl_depends_on_no_other_module() {
    check(noClasses().that().resideInAnyPackage(DSL)
        .should().dependOnClassesThat().resideInAnyPackage("dev.cortexflow.client..", "dev.cortexflow.sandbox..",
            "dev.cortexflow.codegen..", "dev.cortexflow.cli..", "dev.cortexflow.examples..",
            "dev.cortexflow.cloudflare..", "dev.cortexflow.withcortex.."));
  }

  @Test
  void dsl_uses_no_http_library() {
    check(noClasses().that().resideInAnyPackage(DSL)
        .should().dependOnClassesThat().resideInAnyPackage("feign..", "okhttp3..", "java.net.http..",
            "com.sun.net.httpserver..", "java.net"));
  }

  @Test
  void client_depends_only_on_dsl() {
    check(noClasses().that().resideInAPackage("dev.cortexflow.client..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cortexflow.sandbox..", "dev.cortexflow.codegen..",
            "dev.cortexflow.cli..", "dev.cortexflow.examples..", "dev.cortexflow.cloudflare..",
            "dev.cortexflow.withcortex.."));
  }

  @Test
  void the_other_workflows_api_modules_depend_only_on_client_and_dsl_and_not_on_each_other() {
    check(noClasses().that().resideInAPackage("dev.cortexflow.cloudflare..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cortexflow.sandbox..", "dev.cortexflow.codegen..",
            "dev.cortexflow.cli..", "dev.cortexflow.examples..", "dev.cortexflow.testing..",
            "dev.cortexflow.withcortex.."));
    check(noClasses().that().resideInAPackage("dev.cortexflow.withcortex..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cortexflow.sandbox..", "dev.cortexflow.codegen..",
            "dev.cortexflow.cli..", "dev.cortexflow.examples..", "dev.cortexflow.testing..",
            "dev.cortexflow.cloudflare.."));
  }

  @Test
  void sandbox_depends_only_on_dsl() {
    check(noClasses().that().resideInAPackage("dev.cortexflow.sandbox..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cortexflow.client..", "dev.cortexflow.codegen..",
            "dev.cortexflow.cli..", "dev.cortexflow.examples..", "dev.cortexflow.cloudflare..",
            "dev.cortexflow.withcortex.."));
  }

  @Test
  void codegen_depends_only_on_dsl() {
    check(noClasses().that().resideInAPackage("dev.cortexflow.codegen..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cortexflow.client..", "dev.cortexflow.sandbox..",
            "dev.cortexflow.cli..", "dev.cortexflow.examples..", "dev.cortexflow.cloudflare..",
            "dev.cortexflow.withcortex.."));
  }

  @Test
  void examples_depend_only_on_dsl_and_the_blocks_of_the_other_workflows_apis() {
    check(noClasses().that().resideInAPackage("dev.cortexflow.examples..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cortexflow.client..", "dev.cortexflow.sandbox..",
            "dev.cortexflow.codegen..", "dev.cortexflow.cli.."));
  }

  @Test
  void testing_depends_only_on_dsl() {
    check(noClasses().that().resideInAPackage("dev.cortexflow.testing..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cortexflow.client..", "dev.cortexflow.sandbox..",
            "dev.cortexflow.codegen..", "dev.cortexflow.cli..", "dev.cortexflow.examples..",
            "dev.cortexflow.cloudflare..", "dev.cortexflow.withcortex.."));
  }

  @Test
  void feign_appears_only_in_the_api_clients() {
    check(noClasses().that().resideOutsideOfPackages("dev.cortexflow.client..", "dev.cortexflow.cloudflare..",
            "dev.cortexflow.withcortex..")
        .should().dependOnClassesThat().resideInAPackage("feign.."));
  }

  @Test
  void javapoet_appears_only_in_codegen() {
    check(noClasses().that().resideOutsideOfPackage("dev.cortexflow.codegen..")
        .should().dependOnClassesThat().resideInAPackage("com.palantir.javapoet.."));
  }

  @Test
  void picocli_appears_only_in_the_cli() {
    check(noClasses().that().resideOutsideOfPackage("dev.cortexflow.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli.."));
  }

  @Test
  void jackson_stays_out_of_the_model_the_validator_and_the_dsl() {
    check(noClasses().that().resideInAnyPackage("dev.cortexflow", "dev.cortexflow.model..",
            "dev.cortexflow.validate..", "dev.cortexflow.expr..", "dev.cortexflow.integrations..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.."));
  }

  static void check(ArchRule rule) {
    rule.allowEmptyShould(true).check(classes);
  }
}
