package dev.cortexflow.client.sync;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowJson;
import dev.cortexflow.codec.WorkflowYaml;
import dev.cortexflow.codec.WorkflowYamlException;

/** The project's own descriptor codec. */
enum DslCodec implements WorkflowCodec {
  INSTANCE;

  @Override
  public Workflow read(String json) {
    ReadResult result;
    try {
      result = WorkflowJson.read(json);
    } catch (WorkflowYamlException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return result.workflow();
  }

  @Override
  public String json(Workflow workflow) {
    return WorkflowJson.write(workflow);
  }

  @Override
  public String yaml(Workflow workflow) {
    return WorkflowYaml.write(workflow);
  }
}
