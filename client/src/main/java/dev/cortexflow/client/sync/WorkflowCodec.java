package dev.cortexflow.client.sync;

import dev.cortexflow.model.Workflow;

/** The descriptor codec the sync engine reads and writes with; one seam so that tests can count calls. */
interface WorkflowCodec {

  /**
   * Reads a live definition (JSON text from the list call, server-managed keys already removed).
   *
   * @throws IllegalArgumentException when the text cannot be read into a workflow
   */
  Workflow read(String json);

  /** The JSON descriptor sent to the server. */
  String json(Workflow workflow);

  /** The canonical YAML that diffs are made of. */
  String yaml(Workflow workflow);
}
