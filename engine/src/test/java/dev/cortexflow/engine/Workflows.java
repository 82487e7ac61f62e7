package dev.cortexflow.engine;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowYaml;

/** Reads the small descriptors the tests write inline. */
final class Workflows {
  private Workflows() {}

  static Workflow yaml(String text) {
    return WorkflowYaml.read(text).workflow();
  }

  /** A GLOBAL workflow {@code t} with these variables (YAML list items) and actions. */
  static Workflow global(String variables, String actions) {
    return yaml("name: T\ntag: t\nfilter: {type: GLOBAL}\nvariables:\n" + variables + "\nactions:\n" + actions);
  }
}
