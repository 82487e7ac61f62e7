package dev.cortexflow.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workflow indexed for running: blocks by slug, the root, and each block's {@code schema} as the descriptor
 * writes it (read through the codec, so that field names live in one place).
 */
public final class Plan {
  private final Workflow workflow;
  private final Evaluators evaluators;
  private final Map<String, Block> blocks = new HashMap<>();
  private final Map<String, ObjectNode> schemas = new HashMap<>();
  private final List<Block> roots;

  public Plan(Workflow workflow, Evaluators evaluators) {
    this.workflow = workflow;
    this.evaluators = evaluators;
    workflow.actions().forEach(b -> blocks.putIfAbsent(b.slug(), b));
    roots = workflow.actions().stream().filter(Block::isRootAction).toList();
    JsonNode descriptor = Json.parse(WorkflowJson.write(workflow)).orElseThrow();
    for (JsonNode action : descriptor.path("actions")) {
      if (action.path("schema").isObject()) {
        schemas.putIfAbsent(action.path("slug").asText(), (ObjectNode) action.get("schema"));
      }
    }
  }

  public Workflow workflow() {
    return workflow;
  }

  Evaluators evaluators() {
    return evaluators;
  }

  List<Block> roots() {
    return roots;
  }

  Optional<Block> block(String slug) {
    return Optional.ofNullable(blocks.get(slug));
  }

  /** The block's schema as JSON; never modified. */
  JsonNode schema(String slug) {
    JsonNode schema = schemas.get(slug);
    return schema == null ? Json.object() : schema;
  }
}
