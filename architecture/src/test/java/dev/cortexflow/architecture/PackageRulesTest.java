package dev.cortexflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Package rules: internals stay private to their area, no cycles, open vocabularies are not enums. */
class PackageRulesTest {

  static JavaClasses classes;

  @BeforeAll
  static void import_production_classes() {
    classes = ProductionClasses.get();
  }

  @ParameterizedTest(name = "dev.cortexflow.{0}.internal is used only inside dev.cortexflow.{0}")
  @ValueSource(strings = {"model", "validate", "yaml", "expr", "client", "sandbox", "codegen", "cli", "examples",
      "testing", "cloudflare", "withcortex"})
  void internal_packages_are_used_only_inside_their_area(String area) {
    String base = "dev.cortexflow." + area;
    check(noClasses().that().resideOutsideOfPackage(base + "..")
        .should().dependOnClassesThat().resideInAPackage(base + "..internal.."));
  }

  @Test
  void the_dsl_internals_are_used_only_inside_the_dsl() {
    check(noClasses().that().resideInAnyPackage("dev.cortexflow.client..", "dev.cortexflow.sandbox..",
            "dev.cortexflow.codegen..", "dev.cortexflow.cli..", "dev.cortexflow.examples..",
            "dev.cortexflow.cloudflare..", "dev.cortexflow.withcortex..")
        .should().dependOnClassesThat().resideInAPackage("dev.cortexflow.internal.."));
  }

  @Test
  void areas_have_no_dependency_cycles() {
    check(slices().matching("dev.cortexflow.(*)..").should().beFreeOfCycles());
  }

  @Test
  void the_model_has_no_enums_because_cortex_vocabularies_are_open() {
    check(noClasses().that().resideInAPackage("dev.cortexflow.model..").should().beEnums());
  }

  @Test
  void model_values_are_interfaces_records_or_generated_immutables() {
    check(classes().that().resideInAPackage("dev.cortexflow.model..").and().arePublic()
        .and().areTopLevelClasses().and().haveSimpleNameNotStartingWith("Immutable")
        .should().beInterfaces().orShould().beAssignableTo(Record.class)
        .orShould().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL));
  }

  static void check(ArchRule rule) {
    rule.allowEmptyShould(true).check(classes);
  }
}
