/**
 * Whole-workflow validation: {@link dev.cortexflow.validate.WorkflowValidator} checks any
 * {@link dev.cortexflow.model.Workflow} (built in Java or read from YAML) and reports every
 * {@link dev.cortexflow.validate.Violation} at once, each with a stable code, a severity, a JSON pointer and a
 * message naming the block and the fix; {@link dev.cortexflow.validate.WorkflowValidationException} carries them
 * when a workflow with errors is built.
 *
 * <p>{@link dev.cortexflow.validate.ReferenceScanner} finds the references to run state (block outputs, variables,
 * context, secrets, the async callback URL) in strings and whole workflows, in every syntax Cortex uses
 * (Mustache, JQ, CEL/JavaScript, state paths); it is public for other tools (secret pre-flight checks, the
 * importer). Each rule is one package-private class.
 *
 * <p>An organisation's own checks implement {@link dev.cortexflow.validate.WorkflowRule}: they see the workflow
 * through {@link dev.cortexflow.validate.RuleContext} (dominance, paths, every reference) and report violations with
 * their own {@link dev.cortexflow.validate.RuleCode}; {@code WorkflowValidator.standard().with(rule)} runs them
 * together with the standard rules.
 */
package dev.cortexflow.validate;
