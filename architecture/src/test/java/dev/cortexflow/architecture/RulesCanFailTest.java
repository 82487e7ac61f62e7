package dev.cortexflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every architecture rule fails on classes written to break it (test fixtures in {@code ..archfixture},
 * {@code architecture.fixture} and {@code archcycle*} packages), and the report names the class that breaks it, so
 * no rule passes because it checks nothing. Each case names its rule by the method of {@link ArchitectureRules}
 * that builds it, so a rule added without a case that breaks it fails {@link #every_rule_has_a_case_that_breaks_it}.
 */
class RulesCanFailTest {

  /**
   * One rule, the class that breaks it and the packages to import.
   *
   * @param rule the name of the method of {@link ArchitectureRules} that builds the rule
   * @param argument the area the method takes, or {@code null} for a method without parameters
   * @param breaker the fully qualified name of the class the failure report must name
   * @param packages the fixture packages imported for the rule
   */
  record Case(String rule, String argument, String breaker, List<String> packages) {

    ArchRule build() {
      try {
        return argument == null
            ? (ArchRule) ArchitectureRules.class.getDeclaredMethod(rule).invoke(null)
            : (ArchRule) ArchitectureRules.class.getDeclaredMethod(rule, String.class).invoke(null, argument);
      } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError("ArchitectureRules." + rule + " cannot be called: " + e, e);
      }
    }

    @Override
    public String toString() {
      return rule + (argument == null ? "" : "(" + argument + ")");
    }
  }

  private static final String FIXTURE = "dev.cortexflow.architecture.fixture";
  private static final String REACHES = FIXTURE + ".ReachesIntoOtherModules";
  private static final String MODEL = "dev.cortexflow.model.archfixture";

  static Stream<Case> rulesAndClassesThatBreakThem() {
    return Stream.of(
        area("internalPackageIsUsedOnlyInsideItsArea", "client", REACHES, FIXTURE),
        area("internalPackageIsUsedOnlyInsideItsArea", "cli", REACHES, FIXTURE),
        broken("areasHaveNoDependencyCycles", "dev.cortexflow.archcyclea.A", "dev.cortexflow.archcyclea",
            "dev.cortexflow.archcycleb"),
        broken("modelHoldsNoVocabularyAsAnEnum", MODEL + ".OpenVocabularyAsEnum", MODEL),
        broken("modelValuesAreInterfacesRecordsOrFinal", MODEL + ".MutableModelValue", MODEL),
        broken("coreDependsOnNoOtherModule", MODEL + ".ModelCallingTheClient", MODEL),
        broken("coreDependsOnNoOtherModule", MODEL + ".ModelUsingTheBuilder", MODEL),
        fixture("dslDependsOnlyOnCore", "dsl", "BuilderCallingTheClient"),
        broken("coreAndDslUseNoHttpLibrary", MODEL + ".ModelSendingHttp", MODEL),
        fixture("clientDependsOnlyOnCore", "client", "ClientStartingTheSandbox"),
        fixture("clientDependsOnlyOnCore", "client", "ClientUsingTheBuilder"),
        fixture("cloudflareDependsOnlyOnClientAndDsl", "cloudflare", "CloudflareCallingWithCortex"),
        fixture("withcortexDependsOnlyOnClientAndDsl", "withcortex", "WithCortexStartingTheSandbox"),
        fixture("sandboxDependsOnlyOnDsl", "sandbox", "SandboxCallingTheClient"),
        fixture("codegenDependsOnlyOnDsl", "codegen", "CodegenCallingTheClient"),
        fixture("examplesDependOnlyOnTheDslAndTheTestKit", "examples", "ExampleCallingTheClient"),
        fixture("testingDependsOnlyOnDsl", "testing", "TestKitCallingTheClient"),
        fixture("engineDependsOnlyOnCore", "engine", "EngineCallingTheClient"),
        fixture("engineDependsOnlyOnCore", "engine", "EngineUsingTheBuilder"),
        fixture("mavenPluginUsesNeitherTheSandboxNorTheExamplesNorTheCliCommands", "maven",
            "PluginStartingTheSandbox"),
        broken("mavenApiOnlyInTheMavenPlugin", REACHES, FIXTURE),
        broken("feignOnlyInTheClient", REACHES, FIXTURE),
        broken("diffUtilsOnlyInTheSyncEngine", REACHES, FIXTURE),
        broken("javapoetOnlyInCodegen", REACHES, FIXTURE),
        broken("picocliOnlyInTheCli", REACHES, FIXTURE),
        fixture("jacksonStaysOutOfTheModelTheValidatorAndTheDsl", "dsl", "BuilderReadingJackson"));
  }

  private static Case broken(String rule, String breaker, String... packages) {
    return new Case(rule, null, breaker, List.of(packages));
  }

  private static Case area(String rule, String area, String breaker, String... packages) {
    return new Case(rule, area, breaker, List.of(packages));
  }

  // the fixture of a module boundary: dev.cortexflow.<area>.archfixture.<breaker>
  private static Case fixture(String rule, String area, String breaker) {
    String pkg = "dev.cortexflow." + area + ".archfixture";
    return broken(rule, pkg + "." + breaker, pkg);
  }

  @ParameterizedTest(name = "{0} fails on the class that breaks it")
  @MethodSource("rulesAndClassesThatBreakThem")
  void every_rule_fails_on_the_class_that_breaks_it(Case broken) {
    JavaClasses fixtures = new ClassFileImporter().importPackages(broken.packages());
    assertThat(fixtures.contain(broken.breaker())).as("%s is imported for %s", broken.breaker(), broken).isTrue();

    EvaluationResult result = broken.build().evaluate(fixtures);

    assertThat(result.hasViolation()).as("%s reports the fixture that breaks it", broken).isTrue();
    assertThat(result.getFailureReport().getDetails()).as("the report of %s", broken)
        .anySatisfy(line -> assertThat(line).contains(broken.breaker()));
  }

  @Test
  void every_rule_has_a_case_that_breaks_it() {
    TreeSet<String> rules = new TreeSet<>();
    for (Method method : ArchitectureRules.class.getDeclaredMethods()) {
      if (Modifier.isStatic(method.getModifiers()) && !Modifier.isPrivate(method.getModifiers())
          && ArchRule.class.isAssignableFrom(method.getReturnType())) {
        rules.add(method.getName());
      }
    }
    TreeSet<String> broken = new TreeSet<>();
    rulesAndClassesThatBreakThem().forEach(c -> broken.add(c.rule()));

    assertThat(broken).isEqualTo(rules);
  }
}
