package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Start a run, read a run, and the async-block callback. */
final class RunRoutes {
  private static final Set<MediaType> JSON_ONLY = Set.of(MediaType.JSON);
  private static final Set<String> CALLBACK_STATUSES = Set.of("SUCCESS", "FAILURE", "UPDATE");

  private final WorkflowRoutes workflows;
  private final RunEngine engine;

  RunRoutes(WorkflowRoutes workflows, RunEngine engine) {
    this.workflows = workflows;
    this.engine = engine;
  }

  void start(Call call, String tagOrId) throws IOException {
    MediaType accept = MediaType.negotiate(call.header("Accept"), JSON_ONLY);
    byte[] raw = call.body();
    JsonNode body =
        raw.length == 0 ? Codec.object() : Codec.read(raw, MediaType.ofContentType(call.header("Content-Type")));
    if (!body.isObject()) {
      throw ApiException.badRequest("Run request must be an object");
    }
    StoredWorkflow workflow = workflows.require(tagOrId);
    if (!workflow.isRunnableViaApi()) {
      throw ApiException.forbidden("Running a workflow is not enabled");
    }
    ObjectNode scope = scope(body.path("scope"), workflow);
    JsonNode initialContext = body.path("initialContext");
    if (!initialContext.isMissingNode() && !initialContext.isNull() && !initialContext.isObject()) {
      throw ApiException.badRequest("Field 'initialContext' must be an object");
    }
    Optional<String> runAs =
        body.path("runAs").isTextual() ? Optional.of(body.get("runAs").asText()) : Optional.empty();
    Run run =
        engine.start(
            workflow, scope,
            initialContext.isObject() ? ((ObjectNode) initialContext).deepCopy() : Codec.object(), runAs);
    ObjectNode json;
    synchronized (run) {
      json = run.toJson();
    }
    call.send(200, json, accept);
  }

  private static ObjectNode scope(JsonNode scope, StoredWorkflow workflow) {
    boolean entityWorkflow = workflow.definition().path("filter").path("type").asText().equals("ENTITY");
    String type = scope.path("type").asText(entityWorkflow ? "ENTITY" : "GLOBAL");
    ObjectNode result = Codec.object();
    if (type.equals("GLOBAL")) {
      if (entityWorkflow) {
        throw ApiException.badRequest(
            "Workflow '" + workflow.tag() + "' is entity-scoped: send scope.type ENTITY with an entityId");
      }
      result.put("type", "GLOBAL");
      return result;
    }
    if (!type.equals("ENTITY")) {
      throw ApiException.badRequest("Invalid scope type '" + type + "': expected GLOBAL or ENTITY");
    }
    if (!entityWorkflow) {
      throw ApiException.badRequest("Workflow '" + workflow.tag() + "' is global: send scope.type GLOBAL");
    }
    String entityId = scope.path("entityId").asText("");
    if (entityId.isBlank()) {
      throw ApiException.badRequest("missing required field(s): scope.entityId");
    }
    result.put("type", "ENTITY");
    result.put("entityId", entityId);
    return result;
  }

  void get(Call call, String tagOrId, String runId) throws IOException {
    MediaType accept = MediaType.negotiate(call.header("Accept"), JSON_ONLY);
    StoredWorkflow workflow = workflows.require(tagOrId);
    Run run =
        engine.find(runId)
            .filter(r -> r.workflow.tag().equals(workflow.tag()))
            .orElseThrow(() -> ApiException.notFound("Workflow run '" + runId + "' not found"));
    ObjectNode json;
    synchronized (run) {
      engine.observe(run);
      json = run.toJson();
    }
    call.send(200, json, accept);
  }

  void callback(Call call, String tagOrId, String callbackId) throws IOException {
    JsonNode body = call.bodyTree();
    String status = body.path("status").asText("").toUpperCase(Locale.ROOT);
    if (body.path("status").isMissingNode() || body.path("status").isNull()) {
      throw ApiException.badRequest("missing required field(s): status");
    }
    if (!CALLBACK_STATUSES.contains(status)) {
      throw ApiException.badRequest(
          "Invalid callback status '" + body.path("status").asText() + "': expected SUCCESS, FAILURE or UPDATE");
    }
    if (!body.path("message").isTextual()) {
      throw ApiException.badRequest("missing required field(s): message");
    }
    JsonNode response = body.path("response");
    if (!response.isMissingNode() && !response.isNull() && !response.isObject()) {
      throw ApiException.badRequest("Field 'response' must be a JSON object");
    }
    StoredWorkflow workflow = workflows.require(tagOrId);
    ApiException unknown =
        ApiException.notFound("No workflow run or block for callback '" + callbackId + "'");
    CallbackIds.Target target = CallbackIds.decode(callbackId).orElseThrow(() -> unknown);
    Run run =
        engine.find(target.runId()).filter(r -> r.workflow.tag().equals(workflow.tag())).orElseThrow(() -> unknown);
    synchronized (run) {
      BlockState block = run.blocks.get(target.slug());
      if (block == null) {
        throw unknown;
      }
      engine.expire(run);
      if (block.status != BlockState.Status.PAUSED) {
        throw new ApiException(
            406, "BAD_REQUEST",
            "Block '" + block.slug + "' of run '" + run.id + "' is not waiting for a callback");
      }
      engine.callback(
          run, block, status, body.get("message").asText(),
          response.isObject() ? response.deepCopy() : Codec.NODES.nullNode());
    }
    call.sendEmpty(200);
  }
}
