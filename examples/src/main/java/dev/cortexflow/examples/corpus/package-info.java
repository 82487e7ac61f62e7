/**
 * Published Cortex workflows (from cortexapps/cli and cortexapps/learn-cortex) re-created with the DSL; each
 * renders to YAML semantically equal to the original.
 */
package dev.cortexflow.examples.corpus;
