package dev.cortexflow.engine;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.yaml.ReadResult;
import dev.cortexflow.yaml.WorkflowYaml;

/** Reads the small descriptors the tests write inline. */
final class Workflows {
  private Workflows() {}

  static Workflow yaml(String text) {
    ReadResult read = WorkflowYaml.read(text);
    return read.workflow().orElseThrow(() -> new IllegalArgumentException(read.errors().toString()));
  }

  /** A GLOBAL workflow {@code t} with these variables (YAML list items) and actions. */
  static Workflow global(String variables, String actions) {
    return yaml("name: T\ntag: t\nfilter: {type: GLOBAL}\nvariables:\n" + variables + "\nactions:\n" + actions);
  }
}
