package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a workflow: its run state ({@code context}, {@code actions}, {@code variables}), the block
 * states, and where the walk continues. All access goes through {@code synchronized (run)}.
 */
final class Run {
  enum Status { RUNNING, PAUSED, COMPLETED, FAILED }

  final String id;
  final StoredWorkflow workflow;
  final ObjectNode scope;
  final ObjectNode initialContext;
  final Optional<String> runAs;
  final ObjectNode state = Codec.object();
  final Map<String, BlockState> blocks = new LinkedHashMap<>();
  final Map<String, JsonNode> definitions = new LinkedHashMap<>();
  /** The workflow as the engine runs it; empty when the definition does not read as a workflow. */
  Optional<dev.cortexflow.engine.RunnableWorkflow> runnable = Optional.empty();
  /** How the engine's run stands, continued on each callback. */
  Optional<dev.cortexflow.engine.RunResult> result = Optional.empty();
  Status status = Status.RUNNING;
  int pollsBeforeStart;
  Optional<String> failure = Optional.empty();

  Run(String id, StoredWorkflow workflow, ObjectNode scope, ObjectNode initialContext, Optional<String> runAs) {
    this.id = id;
    this.workflow = workflow;
    this.scope = scope;
    this.initialContext = initialContext;
    this.runAs = runAs;
  }

  ObjectNode variables() {
    return state.has("variables") ? (ObjectNode) state.get("variables") : Codec.object();
  }

  ObjectNode actionsState() {
    return state.has("actions") ? (ObjectNode) state.get("actions") : state.putObject("actions");
  }

  ObjectNode toJson() {
    ObjectNode json = Codec.object();
    json.put("id", id);
    json.put("workflowId", workflow.id());
    json.put("workflowTag", workflow.tag());
    json.put("status", status.name());
    json.set("scope", scope);
    json.set("initialContext", initialContext);
    runAs.ifPresent(r -> json.put("runAs", r));
    json.set("variables", variables().deepCopy());
    ArrayNode blockList = json.putArray("blocks");
    ArrayNode waiting = json.putArray("pausedBlocks");
    for (BlockState block : blocks.values()) {
      blockList.add(block.toJson());
      if (block.status == BlockState.Status.PAUSED) {
        ObjectNode paused = waiting.addObject();
        paused.put("slug", block.slug);
        block.callbackId.ifPresent(c -> paused.put("callbackId", c));
        block.callbackUrl.ifPresent(u -> paused.put("callbackUrl", u));
      }
    }
    failure.ifPresent(f -> json.put("failureMessage", f));
    return json;
  }
}
