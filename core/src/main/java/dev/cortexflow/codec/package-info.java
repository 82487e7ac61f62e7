/**
 * Reading and writing Cortex Workflow descriptors: {@link dev.cortexflow.codec.WorkflowYaml},
 * {@link dev.cortexflow.codec.WorkflowJson}, {@link dev.cortexflow.codec.WorkflowReader} (either format) and
 * {@link dev.cortexflow.codec.WorkflowJsonSchema} (a JSON Schema for editors).
 */
package dev.cortexflow.codec;
