/** Code generation: YAML to Java importer and integration bindings. */
package dev.cortexflow.codegen;
