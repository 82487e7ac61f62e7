/**
 * One set of workflow classes, several environments: values that differ between workspaces are declared in Java
 * with their type ({@link dev.cortexflow.env.EnvironmentValue}), given per
 * {@link dev.cortexflow.env.Environment}, listed by a project's {@link dev.cortexflow.env.WorkflowEnvironments},
 * and read by {@link dev.cortexflow.WorkflowSource#workflows(dev.cortexflow.env.Environment)}. A value an
 * environment lacks fails the build with {@link dev.cortexflow.env.MissingEnvironmentValueException}.
 */
package dev.cortexflow.env;
