package dev.cortexflow.testing;

import static dev.cortexflow.testing.WorkflowPaths.quoted;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.WorkflowDifferences;
import dev.cortexflow.model.WorkflowGraph;
import dev.cortexflow.testing.internal.GoldenFile;
import dev.cortexflow.testing.internal.LineDiff;
import dev.cortexflow.validate.RuleCode;
import dev.cortexflow.validate.ValidationReport;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import dev.cortexflow.codec.WorkflowYaml;
import dev.cortexflow.codec.WriteOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Workflow}: its tag and variables, its validation report, its block graph (paths and
 * dominance), its rendered YAML and its semantic equality with another workflow. Start with
 * {@link CortexflowAssertions#assertThat(Workflow)}.
 *
 * <p>Every method returns this assertion (or a {@link BlockAssert} for {@link #hasBlock(String)}), so checks chain.
 * Failure messages start with {@code Expecting workflow '<tag>'} and name every block by slug. Not thread-safe;
 * use one instance per check chain.
 */
public final class WorkflowAssert extends AbstractAssert<WorkflowAssert, Workflow> {

  private final GoldenFile goldenFiles;
  private WorkflowValidator validator = WorkflowValidator.standard();

  WorkflowAssert(Workflow actual) {
    this(actual, GoldenFile.fromEnvironment());
  }

  // Tests pin the golden policy so that a run with -Dgolden.update=true does not change their outcome.
  WorkflowAssert(Workflow actual, GoldenFile goldenFiles) {
    super(actual, WorkflowAssert.class);
    this.goldenFiles = goldenFiles;
  }

  /**
   * Checks the workflow's {@code tag}.
   *
   * @param tag the expected tag
   * @return this assertion
   */
  public WorkflowAssert hasTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    isNotNull();
    if (!actual.tag().equals(tag)) {
      fail("Expecting workflow to have tag '" + tag + "' but its tag is '" + actual.tag() + "'");
    }
    return this;
  }

  /**
   * Makes the validation checks that follow ({@link #isValid()}, {@link #hasNoViolations()},
   * {@link #hasViolation(RuleCode)}) use {@code validator} instead of {@link WorkflowValidator#standard()}, for
   * example one with an organisation's own rules:
   *
   * <pre class="compilable">{@code
   * assertThat(wf).usingValidator(WorkflowValidator.standard().with(new ApprovalBeforeProduction()))
   *     .hasViolation(ApprovalBeforeProduction.CODE, "/actions/2");
   * }</pre>
   *
   * @param validator the validator to use
   * @return this assertion
   */
  public WorkflowAssert usingValidator(WorkflowValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
    return this;
  }

  /**
   * Checks that the validator (the standard one unless {@link #usingValidator} says otherwise) finds no ERROR
   * (warnings are allowed). The failure message lists every violation, one per line.
   *
   * @return this assertion
   */
  public WorkflowAssert isValid() {
    ValidationReport report = validate();
    if (report.hasErrors()) {
      fail(expecting() + " to be valid, but it has " + count(report.errors().size(), "error") + ":"
          + lines(report.violations()));
    }
    return this;
  }

  /**
   * Checks that the validator finds nothing at all, not even a warning.
   *
   * @return this assertion
   */
  public WorkflowAssert hasNoViolations() {
    ValidationReport report = validate();
    if (!report.violations().isEmpty()) {
      fail(expecting() + " to have no violations, but it has " + count(report.violations().size(), "violation")
          + ":" + lines(report.violations()));
    }
    return this;
  }

  /**
   * Checks that the validator reports at least one violation with {@code code}, at any pointer and severity.
   *
   * @param code the expected code: a {@link dev.cortexflow.validate.ViolationCode} or a rule's own
   * @return this assertion
   */
  public WorkflowAssert hasViolation(RuleCode code) {
    Objects.requireNonNull(code, "code");
    List<Violation> all = validate().violations();
    if (all.stream().noneMatch(v -> v.code().equals(code))) {
      fail(expecting() + " to have violation " + code.name() + ", but " + found(all));
    }
    return this;
  }

  /**
   * Checks that the validator reports a violation with {@code code} at the JSON pointer {@code pointer}
   * (for example {@code /actions/2/outgoingActions/0}).
   *
   * @param code the expected code: a {@link dev.cortexflow.validate.ViolationCode} or a rule's own
   * @param pointer the expected JSON pointer into the descriptor
   * @return this assertion
   */
  public WorkflowAssert hasViolation(RuleCode code, String pointer) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    List<Violation> all = validate().violations();
    if (all.stream().noneMatch(v -> v.code().equals(code) && v.pointer().equals(pointer))) {
      fail(expecting() + " to have violation " + code.name() + " at '" + pointer + "', but " + found(all));
    }
    return this;
  }

  /**
   * Checks that the workflow has a block with {@code slug} and starts assertions on it; {@link BlockAssert#and()}
   * comes back here.
   *
   * @param slug the block's slug
   * @return an assertion on the block
   */
  public BlockAssert hasBlock(String slug) {
    return new BlockAssert(this, actual, block(slug));
  }

  /**
   * Checks that the blocks are declared in {@code actions} in this relative order (other blocks may come between
   * them).
   *
   * @param slugs the slugs, in the expected order
   * @return this assertion
   */
  public WorkflowAssert hasBlocksInOrder(String... slugs) {
    Objects.requireNonNull(slugs, "slugs");
    isNotNull();
    List<String> declared = actual.actions().stream().map(Block::slug).toList();
    int from = 0;
    for (int i = 0; i < slugs.length; i++) {
      block(slugs[i]);
      int at = declared.subList(from, declared.size()).indexOf(slugs[i]);
      if (at < 0) {
        fail(expecting() + " to declare blocks in the order " + quoted(List.of(slugs)) + ", but '" + slugs[i]
            + "' comes before '" + slugs[i - 1] + "' in " + quoted(declared));
      }
      from += at + 1;
    }
    return this;
  }

  /**
   * Checks that a path runs through the blocks in this order: each block is reachable from the one before it
   * (directly or through other blocks).
   *
   * @param first the block the path starts at
   * @param then the blocks the path reaches next, in order
   * @return this assertion
   */
  public WorkflowAssert hasPath(String first, String... then) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(then, "then");
    block(first);
    WorkflowGraph graph = WorkflowGraph.of(actual);
    String from = first;
    for (String to : then) {
      block(to);
      if (graph.path(from, to, Optional.empty()).isEmpty()) {
        fail(expecting() + " to have a path " + String.join(" -> ", prepend(first, then)) + ", but '" + to
            + "' cannot be reached from '" + from + "'");
      }
      from = to;
    }
    return this;
  }

  /**
   * Checks that {@code first} dominates {@code then}: every path from the root to {@code then} passes through
   * {@code first}, so {@code first} has always run when {@code then} runs.
   *
   * @param first the block that must run first
   * @param then the block that must run after it
   * @return this assertion
   */
  public WorkflowAssert runsBefore(String first, String then) {
    block(first);
    block(then);
    WorkflowGraph graph = WorkflowGraph.of(actual);
    String root = root(graph);
    if (first.equals(then)) {
      fail(expecting() + " to run block '" + first + "' before itself, which no block does");
    }
    if (!root.equals(then) && graph.path(root, then, Optional.empty()).isEmpty()) {
      fail(expecting() + " to run block '" + first + "' before block '" + then + "', but '" + then
          + "' cannot be reached from the root '" + root + "'");
    }
    if (root.equals(first)) {
      return this;
    }
    Optional<List<String>> around = root.equals(then) ? Optional.of(List.of(root))
        : graph.path(root, then, Optional.of(first));
    around.ifPresent(path -> fail(expecting() + " to run block '" + first + "' before block '" + then
        + "' on every path, but this path reaches '" + then + "' without '" + first + "': "
        + String.join(" -> ", path)));
    return this;
  }

  /**
   * Checks that every path from the root to an end block (see {@link WorkflowPaths}) passes through the block;
   * the failure message lists the paths that do not.
   *
   * @param slug the block every path must pass
   * @return this assertion
   * @throws IllegalStateException when the workflow has more than {@link WorkflowPaths#DEFAULT_LIMIT} paths
   */
  public WorkflowAssert everyPathPasses(String slug) {
    block(slug);
    root(WorkflowGraph.of(actual));
    List<List<String>> paths = List.of();
    try {
      paths = WorkflowPaths.of(actual);
    } catch (IllegalArgumentException cyclic) {
      fail(expecting() + " to pass block '" + slug + "' on every path, but " + cyclic.getMessage());
    }
    List<List<String>> missing = paths.stream().filter(p -> !p.contains(slug)).toList();
    if (!missing.isEmpty()) {
      StringBuilder sb = new StringBuilder(expecting()).append(" to pass block '").append(slug)
          .append("' on every path, but ").append(missing.size()).append(" of ").append(paths.size())
          .append(missing.size() == 1 ? " paths does not:" : " paths do not:");
      missing.forEach(p -> sb.append("\n  ").append(String.join(" -> ", p)));
      fail(sb.toString());
    }
    return this;
  }

  /**
   * Checks that the workflow declares a variable with {@code slug} (under {@code variables}).
   *
   * @param slug the variable's slug
   * @return this assertion
   */
  public WorkflowAssert hasVariable(String slug) {
    Objects.requireNonNull(slug, "slug");
    isNotNull();
    List<String> declared = actual.variables().stream().map(Variable::slug).toList();
    if (!declared.contains(slug)) {
      fail(expecting() + " to declare variable '" + slug + "', but it declares "
          + (declared.isEmpty() ? "none" : quoted(declared)));
    }
    return this;
  }

  /**
   * Checks that {@link WorkflowYaml#write(Workflow)} gives exactly {@code expectedYaml}, byte for byte. The failure
   * message holds a line diff ({@code -} expected, {@code +} actual); IDEs also offer their own comparison.
   *
   * @param expectedYaml the expected descriptor text
   * @return this assertion
   */
  public WorkflowAssert rendersTo(String expectedYaml) {
    return rendersTo(expectedYaml, WriteOptions.defaults());
  }

  /**
   * Checks that {@link WorkflowYaml#write(Workflow, WriteOptions)} gives exactly {@code expectedYaml}, byte for
   * byte, e.g. with the preamble of {@link WriteOptions#generatedFrom(String)}.
   *
   * @param expectedYaml the expected descriptor text
   * @param options how to write the YAML
   * @return this assertion
   */
  public WorkflowAssert rendersTo(String expectedYaml, WriteOptions options) {
    Objects.requireNonNull(expectedYaml, "expectedYaml");
    Objects.requireNonNull(options, "options");
    isNotNull();
    String yaml = WorkflowYaml.write(actual, options);
    if (!yaml.equals(expectedYaml)) {
      failWithActualExpectedAndMessage(yaml, expectedYaml, "%s", expecting()
          + " to render to the expected YAML, but it differs (- expected, + actual):\n"
          + LineDiff.diff(expectedYaml, yaml));
    }
    return this;
  }

  /**
   * Checks that the rendered YAML equals the golden file byte for byte. With {@code -Dgolden.update=true} (and
   * never when the environment variable {@code CI} is set) a missing or differing golden file is rewritten, and
   * the check still fails so that the change is reviewed before the next run.
   *
   * @param golden the golden YAML file, e.g. {@code src/test/resources/golden/deploy-service.yaml} (relative paths
   *     resolve against the working directory, which Maven sets to the module)
   * @return this assertion
   */
  public WorkflowAssert rendersToFile(Path golden) {
    return rendersToFile(golden, WriteOptions.defaults());
  }

  /**
   * Checks that the YAML rendered with {@code options} equals the golden file byte for byte, under the update
   * policy of {@link #rendersToFile(Path)}.
   *
   * <pre class="compilable">{@code
   * assertThat(wf).rendersToFile(Path.of("src/test/resources/golden/deploy-service.yaml"),
   *     WriteOptions.generatedFrom(DeployService.class.getName()));
   * }</pre>
   *
   * @param golden the golden YAML file
   * @param options how to write the YAML
   * @return this assertion
   */
  public WorkflowAssert rendersToFile(Path golden, WriteOptions options) {
    Objects.requireNonNull(golden, "golden");
    Objects.requireNonNull(options, "options");
    isNotNull();
    goldenFiles.check(golden, WorkflowYaml.write(actual, options))
        .ifPresent(problem -> fail(expecting() + " to render to its golden file, but " + problem));
    return this;
  }

  /**
   * Checks that the workflow means the same to Cortex as {@code other}: equal settings, and the same blocks and
   * variables by slug, regardless of their order, the order of edges and of approving teams.
   *
   * @param other the workflow to compare with (e.g. one read from a descriptor)
   * @return this assertion
   */
  public WorkflowAssert isSemanticallyEqualTo(Workflow other) {
    Objects.requireNonNull(other, "other");
    isNotNull();
    List<String> differences = WorkflowDifferences.between(other, actual).stream()
        .map(WorkflowDifferences.Difference::message).toList();
    if (!differences.isEmpty()) {
      fail(expecting() + " to be semantically equal to workflow '" + other.tag() + "', but "
          + count(differences.size(), "difference") + ":" + lines(differences));
    }
    return this;
  }

  Block block(String slug) {
    Objects.requireNonNull(slug, "slug");
    isNotNull();
    Optional<Block> block = actual.block(slug);
    if (block.isEmpty()) {
      fail(expecting() + " to have block '" + slug + "', but its blocks are "
          + quoted(actual.actions().stream().map(Block::slug).toList()));
    }
    return block.orElseThrow();
  }

  void fail(String message) {
    failWithMessage("%s", message);
  }

  private String root(WorkflowGraph graph) {
    Optional<String> root = graph.root();
    if (root.isEmpty()) {
      fail(expecting() + " to have one root block, but it has " + quoted(graph.roots()));
    }
    return root.orElseThrow();
  }

  private ValidationReport validate() {
    isNotNull();
    return validator.validate(actual);
  }

  private String expecting() {
    return "Expecting workflow '" + actual.tag() + "'";
  }

  private static String found(List<Violation> all) {
    return all.isEmpty() ? "it has no violations" : "it has:" + lines(all);
  }

  private static String lines(List<?> items) {
    StringBuilder sb = new StringBuilder();
    items.forEach(i -> sb.append("\n  ").append(i));
    return sb.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static List<String> prepend(String first, String... rest) {
    List<String> all = new java.util.ArrayList<>(List.of(first));
    all.addAll(List.of(rest));
    return all;
  }
}
