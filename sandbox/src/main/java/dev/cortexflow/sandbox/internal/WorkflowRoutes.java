package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** List, get, create-or-update, validate and delete of workflows. */
final class WorkflowRoutes {
  private static final Set<MediaType> BOTH = Set.of(MediaType.JSON, MediaType.YAML);

  private final WorkflowStore store;

  WorkflowRoutes(WorkflowStore store) {
    this.store = store;
  }

  void list(Call call) throws IOException {
    MediaType accept = MediaType.negotiate(call.header("Accept"), BOTH);
    int page = call.intParam("page", 0, 0, Integer.MAX_VALUE);
    int pageSize = call.intParam("pageSize", 250, 1, 1000);
    boolean includeActions = call.booleanParam("includeActions", false);
    String search = call.queryParam("searchQuery");
    List<StoredWorkflow> matching =
        store.all().stream().filter(w -> matches(w.definition(), search)).collect(Collectors.toList());
    int total = matching.size();
    ObjectNode body = Codec.object();
    body.put("page", page);
    body.put("total", total);
    body.put("totalPages", (total + pageSize - 1) / pageSize);
    ArrayNode workflows = body.putArray("workflows");
    long from = (long) page * pageSize;
    for (long i = from; i < Math.min(total, from + pageSize); i++) {
      ObjectNode definition = matching.get((int) i).definition();
      if (includeActions) {
        workflows.add(definition);
      } else {
        ObjectNode withoutActions = definition.deepCopy();
        withoutActions.remove("actions");
        workflows.add(withoutActions);
      }
    }
    call.send(200, body, accept);
  }

  private static boolean matches(ObjectNode definition, String search) {
    if (search == null || search.isBlank()) {
      return true;
    }
    String needle = search.toLowerCase(Locale.ROOT);
    return definition.path("name").asText("").toLowerCase(Locale.ROOT).contains(needle)
        || definition.path("description").asText("").toLowerCase(Locale.ROOT).contains(needle);
  }

  void get(Call call, String tagOrId) throws IOException {
    MediaType accept = MediaType.negotiate(call.header("Accept"), BOTH);
    call.send(200, require(tagOrId).definition(), accept);
  }

  void createOrUpdate(Call call) throws IOException {
    MediaType accept = MediaType.negotiate(call.header("Accept"), BOTH);
    JsonNode body = call.bodyTree();
    List<Finding> findings = DefinitionChecks.check(body);
    if (!findings.isEmpty()) {
      throw ApiException.badRequest(findings.get(0).message());
    }
    ObjectNode definition = ((ObjectNode) body).deepCopy();
    // fields the server defaults when omitted (spec §8)
    if (definition.path("variables").isMissingNode() || definition.path("variables").isNull()) {
      definition.putArray("variables");
    }
    if (!definition.path("restrictActionCompletionToRunnerUser").isBoolean()) {
      definition.put("restrictActionCompletionToRunnerUser", false);
    }
    StoredWorkflow stored = store.upsert(definition.get("tag").asText(), definition);
    call.send(200, stored.definition(), accept);
  }

  void validate(Call call) throws IOException {
    MediaType accept = MediaType.negotiate(call.header("Accept"), Set.of(MediaType.JSON));
    MediaType type = MediaType.ofContentType(call.header("Content-Type"));
    byte[] body = call.body();
    call.send(200, DescriptorValidation.validate(body, type), accept);
  }

  void delete(Call call, String tagOrId) throws IOException {
    if (!store.delete(tagOrId)) {
      throw notFound(tagOrId);
    }
    call.sendEmpty(200);
  }

  StoredWorkflow require(String tagOrId) {
    return store.find(tagOrId).orElseThrow(() -> notFound(tagOrId));
  }

  static ApiException notFound(String tagOrId) {
    return ApiException.notFound("Workflow with tag or id '" + tagOrId + "' not found");
  }
}
