/**
 * Reading and writing Cortex Workflow descriptors: {@link dev.cortexflow.yaml.WorkflowYaml},
 * {@link dev.cortexflow.yaml.WorkflowJson}, {@link dev.cortexflow.yaml.WorkflowReader} (either format) and
 * {@link dev.cortexflow.yaml.WorkflowJsonSchema} (a JSON Schema for editors).
 */
package dev.cortexflow.yaml;
