/**
 * Whole-workflow validation: {@link dev.cortexflow.validate.WorkflowValidator} checks any
 * {@link dev.cortexflow.model.Workflow} (built in Java or read from YAML) and reports every
 * {@link dev.cortexflow.validate.Violation} at once, each with a stable code, a severity, a JSON pointer and a
 * message naming the block.
 */
package dev.cortexflow.validate;
