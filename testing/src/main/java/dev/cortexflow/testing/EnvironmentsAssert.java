package dev.cortexflow.testing;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.env.Environment;
import dev.cortexflow.env.MissingEnvironmentValueException;
import dev.cortexflow.env.WorkflowEnvironments;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.ValidationReport;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a project's environments and its workflow sources together: every source builds in every
 * environment (no value missing), every workflow is valid there, and each environment has the workflows it should.
 * Start with {@link CortexflowAssertions#assertThatEnvironments}.
 *
 * <pre class="compilable">{@code
 * assertThatEnvironments(new AcmeEnvironments(), List.of(new Deploy(), new Rollback()))
 *     .everyWorkflowIsValidInEveryEnvironment()
 *     .haveWorkflowsIn("staging", "deploy", "rollback", "reset-test-data");
 * }</pre>
 *
 * Not thread-safe; use one instance per check chain.
 */
public final class EnvironmentsAssert extends AbstractAssert<EnvironmentsAssert, List<Environment>> {

  private final List<WorkflowSource> sources;
  private WorkflowValidator validator = WorkflowValidator.standard();

  EnvironmentsAssert(List<Environment> environments, List<WorkflowSource> sources) {
    super(environments, EnvironmentsAssert.class);
    this.sources = sources;
  }

  /**
   * Makes the checks that follow use {@code validator} instead of {@link WorkflowValidator#standard()}, for
   * example one with the organisation's own rules.
   *
   * @param validator the validator to use
   * @return this assertion
   */
  public EnvironmentsAssert usingValidator(WorkflowValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
    return this;
  }

  /**
   * Checks that every source builds in every environment and that the workflows of each environment are valid
   * together ({@link WorkflowValidator#validateAll}: no ERROR, no tag twice). The failure message lists every
   * missing value (naming environment, value and source) and every error, under its environment.
   *
   * @return this assertion
   */
  public EnvironmentsAssert everyWorkflowIsValidInEveryEnvironment() {
    isNotNull();
    List<String> problems = new ArrayList<>();
    for (Environment environment : actual) {
      List<Workflow> workflows = build(environment, problems);
      List<ValidationReport> reports = validator.validateAll(workflows);
      for (int i = 0; i < reports.size(); i++) {
        for (Violation error : reports.get(i).errors()) {
          problems.add(environment.name() + ": workflow '" + workflows.get(i).tag() + "': " + error);
        }
      }
    }
    if (!problems.isEmpty()) {
      StringBuilder message = new StringBuilder("Expecting every workflow to be valid in every environment ("
          + names() + "), but " + problems.size() + (problems.size() == 1 ? " problem:" : " problems:"));
      problems.forEach(p -> message.append("\n  ").append(p));
      failWithMessage("%s", message.toString());
    }
    return this;
  }

  /**
   * Checks that the sources give exactly these workflows, by tag and in this order, in one environment, for
   * workflows that exist in some environments only.
   *
   * @param environment the environment's name
   * @param tags the expected tags
   * @return this assertion
   */
  public EnvironmentsAssert haveWorkflowsIn(String environment, String... tags) {
    Objects.requireNonNull(environment, "environment");
    isNotNull();
    Environment found = actual.stream().filter(e -> e.is(environment)).findFirst().orElse(null);
    if (found == null) {
      failWithMessage("%s", "Expecting environment '" + environment + "', but the environments are " + names());
      return this;
    }
    List<String> problems = new ArrayList<>();
    List<String> actualTags = build(found, problems).stream().map(Workflow::tag).toList();
    if (!problems.isEmpty() || !actualTags.equals(List.of(tags))) {
      failWithMessage("%s", "Expecting the workflows of environment '" + environment + "' to be "
          + WorkflowPaths.quoted(List.of(tags)) + ", but they are " + WorkflowPaths.quoted(actualTags)
          + (problems.isEmpty() ? "" : " and " + String.join("; ", problems)));
    }
    return this;
  }

  private List<Workflow> build(Environment environment, List<String> problems) {
    List<Workflow> workflows = new ArrayList<>();
    for (WorkflowSource source : sources) {
      try {
        workflows.addAll(WorkflowEnvironments.workflowsOf(source, environment));
      } catch (MissingEnvironmentValueException e) {
        problems.add(environment.name() + ": " + e.getMessage());
      } catch (RuntimeException e) {
        problems.add(environment.name() + ": " + source.getClass().getName() + " cannot build its workflows: " + e);
      }
    }
    return workflows;
  }

  private String names() {
    return String.join(", ", actual.stream().map(Environment::name).toList());
  }
}
