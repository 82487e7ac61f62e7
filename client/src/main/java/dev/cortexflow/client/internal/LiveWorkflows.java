package dev.cortexflow.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowJson;
import dev.cortexflow.codec.WorkflowYamlException;
import java.util.List;

/** Reads definitions as the server returns them into the model; shared by the client and the sync engine. */
public final class LiveWorkflows {

  /** Keys the server adds to a stored definition; they are not part of what a user writes. */
  public static final List<String> SERVER_KEYS = List.of("id", "cid", "createdAt", "lastUpdatedAt");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LiveWorkflows() {}

  /**
   * The definition without {@link #SERVER_KEYS}, as compact JSON.
   *
   * @throws IllegalArgumentException when {@code json} is not a JSON object
   */
  public static String withoutServerKeys(String json) {
    ObjectNode root = objectOf(json);
    SERVER_KEYS.forEach(root::remove);
    return root.toString();
  }

  /**
   * Reads a live definition into the model (leniently, as {@link WorkflowJson#read(String)} does).
   *
   * @throws IllegalArgumentException when it cannot be read as a workflow
   */
  public static Workflow read(String json) {
    try {
      return WorkflowJson.read(withoutServerKeys(json)).workflow();
    } catch (WorkflowYamlException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Parses a JSON object.
   *
   * @throws IllegalArgumentException when {@code json} is not a JSON object
   */
  public static ObjectNode objectOf(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node instanceof ObjectNode object) {
        return object;
      }
      throw new IllegalArgumentException("the definition is not a JSON object");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the definition is not JSON: " + e.getOriginalMessage());
    }
  }
}
