/**
 * Example workflows written with the cortexflow DSL, each a public {@link dev.cortexflow.WorkflowSource} with a
 * public no-arg constructor; {@link dev.cortexflow.examples.Examples} lists them all. Together they use all 16
 * block types and all 11 form-field kinds.
 */
package dev.cortexflow.examples;
