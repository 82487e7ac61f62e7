package dev.cortexflow.validate;

import java.util.List;

/**
 * An organisation's own check, run with the same rigour as cortexflow's: it sees the whole workflow with the
 * validator's graph and reference helpers ({@link RuleContext}) and reports {@link Violation}s with its own
 * {@link RuleCode}, a severity, a JSON pointer and a message, which then come out sorted together with the
 * standard violations in every report, on the command line (text, JSON, SARIF) and in the test kit.
 *
 * <pre class="compilable">{@code
 * public final class DescriptionRule implements WorkflowRule {
 *   static final RuleCode CODE = RuleCode.of("NO_DESCRIPTION", "Every workflow says what it does: add a description.");
 *
 *   public void check(RuleContext workflow, List<Violation> out) {
 *     if (workflow.workflow().description().isEmpty()) {
 *       out.add(Violation.warning(CODE, "/description", "the workflow has no description: add one"));
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>{@code WorkflowValidator.standard().with(new DescriptionRule())} runs it with cortexflow's own rules.
 *
 * <p>Rules are composed with {@link WorkflowValidator#with(WorkflowRule)}, or found on a class path with
 * {@link java.util.ServiceLoader} ({@link WorkflowValidator#withRulesFrom(ClassLoader)}): list the class in
 * {@code META-INF/services/dev.cortexflow.validate.WorkflowRule} and give it a public no-arg constructor. A rule
 * is called from several threads at once and must keep no state between calls.
 */
public interface WorkflowRule {

  /**
   * Checks one workflow and adds every violation found to {@code out}, never stopping at the first; the order
   * does not matter, the validator sorts them.
   *
   * @param workflow the workflow, with the graph and references the validator computed
   * @param out where violations go
   */
  void check(RuleContext workflow, List<Violation> out);
}
