package dev.cortexflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every architecture rule fails on classes written to break it (test fixtures in {@code ..archfixture},
 * {@code architecture.fixture} and {@code archcycle*} packages), so no rule passes because it checks nothing.
 */
class RulesCanFailTest {

  static Stream<Arguments> rulesAndClassesThatBreakThem() {
    return Stream.of(
        broken("internal packages stay in their area", () -> ArchitectureRules
            .internalPackageIsUsedOnlyInsideItsArea("client"), "dev.cortexflow.architecture.fixture"),
        broken("areas have no cycles", ArchitectureRules::areasHaveNoDependencyCycles,
            "dev.cortexflow.archcyclea", "dev.cortexflow.archcycleb"),
        broken("the model has no enums", ArchitectureRules::modelHasNoEnums, "dev.cortexflow.model.archfixture"),
        broken("model values are final", ArchitectureRules::modelValuesAreInterfacesRecordsOrFinal,
            "dev.cortexflow.model.archfixture"),
        broken("the dsl depends on no other module", ArchitectureRules::dslDependsOnNoOtherModule,
            "dev.cortexflow.model.archfixture"),
        broken("the dsl uses no HTTP library", ArchitectureRules::dslUsesNoHttpLibrary,
            "dev.cortexflow.model.archfixture"),
        broken("the client depends only on the dsl", ArchitectureRules::clientDependsOnlyOnDsl,
            "dev.cortexflow.client.archfixture"),
        broken("the Cloudflare module depends only on the client and the dsl",
            ArchitectureRules::cloudflareDependsOnlyOnClientAndDsl, "dev.cortexflow.cloudflare.archfixture"),
        broken("the withcortex.ai module depends only on the client and the dsl",
            ArchitectureRules::withcortexDependsOnlyOnClientAndDsl, "dev.cortexflow.withcortex.archfixture"),
        broken("the sandbox depends only on the dsl", ArchitectureRules::sandboxDependsOnlyOnDsl,
            "dev.cortexflow.sandbox.archfixture"),
        broken("codegen depends only on the dsl", ArchitectureRules::codegenDependsOnlyOnDsl,
            "dev.cortexflow.codegen.archfixture"),
        broken("examples depend only on the dsl and the test kit",
            ArchitectureRules::examplesDependOnlyOnTheDslAndTheTestKit, "dev.cortexflow.examples.archfixture"),
        broken("the test kit depends only on the dsl", ArchitectureRules::testingDependsOnlyOnDsl,
            "dev.cortexflow.testing.archfixture"),
        broken("the cli's internals stay in the cli and its Maven plugin", () -> ArchitectureRules
            .internalPackageIsUsedOnlyInsideItsArea("cli"), "dev.cortexflow.architecture.fixture"),
        broken("the Maven plugin runs no sandbox",
            ArchitectureRules::mavenPluginUsesNeitherTheSandboxNorTheExamplesNorTheCliCommands,
            "dev.cortexflow.maven.archfixture"),
        broken("the Maven API only in the Maven plugin", ArchitectureRules::mavenApiOnlyInTheMavenPlugin,
            "dev.cortexflow.architecture.fixture"),
        broken("Feign only in the API clients", ArchitectureRules::feignOnlyInTheClient,
            "dev.cortexflow.architecture.fixture"),
        broken("java-diff-utils only in the sync engine", ArchitectureRules::diffUtilsOnlyInTheSyncEngine,
            "dev.cortexflow.architecture.fixture"),
        broken("JavaPoet only in codegen", ArchitectureRules::javapoetOnlyInCodegen,
            "dev.cortexflow.architecture.fixture"),
        broken("picocli only in the cli", ArchitectureRules::picocliOnlyInTheCli,
            "dev.cortexflow.architecture.fixture"),
        broken("Jackson stays out of the dsl package", ArchitectureRules::jacksonStaysOutOfTheModelTheValidatorAndTheDsl,
            "dev.cortexflow.dsl.archfixture"));
  }

  private static Arguments broken(String name, Supplier<ArchRule> rule, String... fixturePackages) {
    return Arguments.of(name, rule, fixturePackages);
  }

  @ParameterizedTest(name = "{0}: fails on classes that break it")
  @MethodSource("rulesAndClassesThatBreakThem")
  void every_rule_fails_on_classes_that_break_it(String name, Supplier<ArchRule> rule, String[] fixturePackages) {
    JavaClasses fixtures = new ClassFileImporter().importPackages(fixturePackages);
    assertThat(fixtures).as("fixtures of %s", name).isNotEmpty();
    EvaluationResult result = rule.get().evaluate(fixtures);
    assertThat(result.hasViolation()).as("%s reports the fixture that breaks it", name).isTrue();
  }
}
