package dev.cortexflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every architecture rule of the project, in one place, so that the same rule object is checked against the
 * production classes ({@link ModuleBoundariesTest}, {@link PackageRulesTest}) and against classes that break it on
 * purpose ({@link RulesCanFailTest}). No rule allows an empty selection: a rule about a package that does not exist
 * fails instead of passing.
 */
final class ArchitectureRules {

  /** The packages of the {@code cortexflow-core} module: the model, references, validation and the codec. */
  static final String[] CORE = {"dev.cortexflow.model..", "dev.cortexflow.expr..", "dev.cortexflow.validate..",
      "dev.cortexflow.codec.."};

  /** The packages of the {@code cortexflow-dsl} module: the builder, its entry point, environments, bindings. */
  static final String[] DSL = {"dev.cortexflow", "dev.cortexflow.integrations..", "dev.cortexflow.dsl..",
      "dev.cortexflow.env.."};

  static final String CLIENT = "dev.cortexflow.client..";
  static final String SANDBOX = "dev.cortexflow.sandbox..";
  static final String CODEGEN = "dev.cortexflow.codegen..";
  static final String CLI = "dev.cortexflow.cli..";
  static final String EXAMPLES = "dev.cortexflow.examples..";
  static final String TESTING = "dev.cortexflow.testing..";
  static final String CLOUDFLARE = "dev.cortexflow.cloudflare..";
  static final String WITHCORTEX = "dev.cortexflow.withcortex..";
  static final String ENGINE = "dev.cortexflow.engine..";
  static final String MAVEN = "dev.cortexflow.maven..";

  /** The packages of every module the rules know; a production class outside them is checked by no boundary. */
  static final List<String> EVERY_MODULE = Stream.concat(Stream.concat(Arrays.stream(CORE), Arrays.stream(DSL)),
      Stream.of(CLIENT, SANDBOX, CODEGEN, CLI, EXAMPLES, TESTING, CLOUDFLARE, WITHCORTEX, ENGINE, MAVEN)).toList();

  /**
   * Areas whose internals another area may use as well: the Maven plugin is the cli's other front end and builds on
   * the cli's internal classes (rendering, validation reports, push checks) rather than repeating them.
   */
  static final Map<String, List<String>> ALSO_USING_INTERNALS = Map.of("cli", List.of(MAVEN));

  private ArchitectureRules() {}

  /**
   * Classes of {@code dev.cortexflow.<area>..internal..} are used only by classes of that area (and of the areas
   * {@link #ALSO_USING_INTERNALS} names).
   */
  static ArchRule internalPackageIsUsedOnlyInsideItsArea(String area) {
    String base = "dev.cortexflow." + area;
    List<String> users = new ArrayList<>(List.of(base + ".."));
    users.addAll(ALSO_USING_INTERNALS.getOrDefault(area, List.of()));
    return noClasses().that().resideOutsideOfPackages(users.toArray(String[]::new))
        .should().dependOnClassesThat().resideInAPackage(base + "..internal..");
  }

  /** Top-level areas ({@code dev.cortexflow.<area>}) depend on each other without cycles. */
  static ArchRule areasHaveNoDependencyCycles() {
    return slices().matching("dev.cortexflow.(*)..").should().beFreeOfCycles();
  }

  /**
   * Cortex's vocabularies are open, so the model holds none of them as an enum: the only enums in the model are the
   * closed kinds of cortexflow's own analysis of a workflow (graph edges, semantic differences), nested in the classes
   * that produce them.
   */
  static ArchRule modelHoldsNoVocabularyAsAnEnum() {
    return classes().that().resideInAPackage("dev.cortexflow.model..").and().areEnums()
        .should().haveNameMatching("dev\\.cortexflow\\.model\\.(WorkflowGraph|WorkflowDifferences)\\$[A-Za-z]+")
        .allowEmptyShould(true);
  }

  /** Public model values are interfaces, records or final classes (generated Immutables aside). */
  static ArchRule modelValuesAreInterfacesRecordsOrFinal() {
    return classes().that().resideInAPackage("dev.cortexflow.model..").and().arePublic()
        .and().areTopLevelClasses().and().haveSimpleNameNotStartingWith("Immutable")
        .should().beInterfaces().orShould().beAssignableTo(Record.class)
        .orShould().haveModifier(JavaModifier.FINAL);
  }

  /** The packages of {@code modules} followed by {@code more}. */
  private static String[] with(String[] modules, String... more) {
    return Stream.concat(Arrays.stream(modules), Arrays.stream(more)).toArray(String[]::new);
  }

  /** Classes in {@code packages} depend on none of {@code forbidden}. */
  private static ArchRule dependOnNone(String[] packages, String... forbidden) {
    return noClasses().that().resideInAnyPackage(packages)
        .should().dependOnClassesThat().resideInAnyPackage(forbidden);
  }

  /** Only classes inside {@code owners} use the library in {@code library}. */
  private static ArchRule libraryOnlyIn(String library, String... owners) {
    return noClasses().that().resideOutsideOfPackages(owners)
        .should().dependOnClassesThat().resideInAPackage(library);
  }

  /** The core sees no other module, not even the builder. */
  static ArchRule coreDependsOnNoOtherModule() {
    return dependOnNone(CORE, with(DSL, CLIENT, SANDBOX, CODEGEN, CLI, EXAMPLES, TESTING, ENGINE, CLOUDFLARE,
        WITHCORTEX, MAVEN));
  }

  static ArchRule dslDependsOnlyOnCore() {
    return dependOnNone(DSL, CLIENT, SANDBOX, CODEGEN, CLI, EXAMPLES, TESTING, ENGINE, CLOUDFLARE, WITHCORTEX, MAVEN);
  }

  static ArchRule coreAndDslUseNoHttpLibrary() {
    return dependOnNone(with(CORE, DSL), "feign..", "okhttp3..", "java.net.http..", "com.sun.net.httpserver..",
        "java.net");
  }

  /** The client works on the model: it never needs the builder. */
  static ArchRule clientDependsOnlyOnCore() {
    return dependOnNone(new String[] {CLIENT}, with(DSL, SANDBOX, CODEGEN, CLI, EXAMPLES, TESTING, CLOUDFLARE,
        WITHCORTEX, ENGINE, MAVEN));
  }

  static ArchRule cloudflareDependsOnlyOnClientAndDsl() {
    return dependOnNone(new String[] {CLOUDFLARE}, SANDBOX, CODEGEN, CLI, EXAMPLES, TESTING, ENGINE, WITHCORTEX);
  }

  static ArchRule withcortexDependsOnlyOnClientAndDsl() {
    return dependOnNone(new String[] {WITHCORTEX}, SANDBOX, CODEGEN, CLI, EXAMPLES, TESTING, ENGINE, CLOUDFLARE);
  }

  static ArchRule sandboxDependsOnlyOnDsl() {
    return dependOnNone(new String[] {SANDBOX}, CLIENT, CODEGEN, CLI, EXAMPLES, TESTING, CLOUDFLARE, WITHCORTEX);
  }

  static ArchRule codegenDependsOnlyOnDsl() {
    return dependOnNone(new String[] {CODEGEN}, CLIENT, SANDBOX, CLI, EXAMPLES, TESTING, CLOUDFLARE, WITHCORTEX);
  }

  /** The examples use the DSL, the test kit and the blocks of the other Workflows APIs, never a client. */
  static ArchRule examplesDependOnlyOnTheDslAndTheTestKit() {
    return dependOnNone(new String[] {EXAMPLES}, CLIENT, SANDBOX, CODEGEN, CLI);
  }

  static ArchRule testingDependsOnlyOnDsl() {
    return dependOnNone(new String[] {TESTING}, CLIENT, SANDBOX, CODEGEN, CLI, EXAMPLES, CLOUDFLARE, WITHCORTEX);
  }

  /** The engine runs the model: it never needs the builder. */
  static ArchRule engineDependsOnlyOnCore() {
    return dependOnNone(new String[] {ENGINE}, with(DSL, CLIENT, SANDBOX, CODEGEN, CLI, EXAMPLES, TESTING,
        CLOUDFLARE, WITHCORTEX, MAVEN));
  }

  /**
   * The plugin runs no sandbox, no built-in example and no local run, and calls the cli's classes, not its commands.
   */
  static ArchRule mavenPluginUsesNeitherTheSandboxNorTheExamplesNorTheCliCommands() {
    return dependOnNone(new String[] {MAVEN}, SANDBOX, EXAMPLES, ENGINE, "dev.cortexflow.cli.command..",
        "picocli..");
  }

  static ArchRule mavenApiOnlyInTheMavenPlugin() {
    return libraryOnlyIn("org.apache.maven..", MAVEN);
  }

  /** Feign is inside the three API clients: Cortex's, Cloudflare Workflows' and withcortex.ai's. */
  static ArchRule feignOnlyInTheClient() {
    return libraryOnlyIn("feign..", CLIENT, CLOUDFLARE, WITHCORTEX);
  }

  /** java-diff-utils makes the sync engine's diffs; nothing else diffs text. */
  static ArchRule diffUtilsOnlyInTheSyncEngine() {
    return libraryOnlyIn("com.github.difflib..", "dev.cortexflow.client.sync..");
  }

  static ArchRule javapoetOnlyInCodegen() {
    return libraryOnlyIn("com.palantir.javapoet..", CODEGEN);
  }

  static ArchRule picocliOnlyInTheCli() {
    return libraryOnlyIn("picocli..", CLI);
  }

  /** The model, the validator, the references and the builder do not see Jackson (only the codec does). */
  static ArchRule jacksonStaysOutOfTheModelTheValidatorAndTheDsl() {
    return dependOnNone(new String[] {"dev.cortexflow", "dev.cortexflow.model..", "dev.cortexflow.validate..",
        "dev.cortexflow.expr..", "dev.cortexflow.integrations..", "dev.cortexflow.dsl.."},
        "com.fasterxml.jackson..");
  }
}
