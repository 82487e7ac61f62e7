package dev.cortexflow.cloudflare.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cortexflow.client.http.JsonData;
import dev.cortexflow.cloudflare.CloudflareWorkflow;
import dev.cortexflow.cloudflare.Instance;
import dev.cortexflow.cloudflare.InstanceDetails;
import dev.cortexflow.cloudflare.InstanceError;
import dev.cortexflow.cloudflare.InstancePage;
import dev.cortexflow.cloudflare.InstanceRequest;
import dev.cortexflow.cloudflare.InstanceStatus;
import dev.cortexflow.cloudflare.InstanceStep;
import dev.cortexflow.cloudflare.StatusChange;
import dev.cortexflow.cloudflare.WorkflowVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Reads the Cloudflare API's envelope ({@code success}, {@code errors}, {@code result}, {@code result_info}) into
 * the public records and writes request bodies.
 */
public final class CloudflareJson {

  /** One page of a paged list and what {@code result_info} says about the rest. */
  public record Page<T>(List<T> items, OptionalLong totalCount, Optional<String> cursor) {}

  private CloudflareJson() {}

  /** The {@code result} of a successful envelope. */
  static JsonNode result(String body) {
    return result(JsonData.parse(body));
  }

  private static JsonNode result(JsonNode root) {
    if (!root.isObject()) {
      throw new IllegalArgumentException("response is not a JSON object");
    }
    if (root.path("success").isBoolean() && !root.get("success").asBoolean()) {
      throw new IllegalArgumentException("response says success: false");
    }
    JsonNode result = root.path("result");
    if (result.isMissingNode()) {
      throw new IllegalArgumentException("response has no 'result'");
    }
    return result;
  }

  public static <T> Page<T> page(String body, Function<JsonNode, T> item) {
    JsonNode root = JsonData.parse(body);
    JsonNode result = result(root);
    if (!result.isArray()) {
      throw new IllegalArgumentException("response 'result' is not an array");
    }
    List<T> items = new ArrayList<>();
    result.forEach(n -> items.add(item.apply(n)));
    JsonNode info = root.path("result_info");
    OptionalLong total = info.path("total_count").isIntegralNumber()
        ? OptionalLong.of(info.get("total_count").asLong()) : OptionalLong.empty();
    return new Page<>(items, total, text(info, "cursor").filter(c -> !c.isBlank()));
  }

  public static <T> T one(String body, Function<JsonNode, T> read) {
    JsonNode result = result(body);
    if (!result.isObject()) {
      throw new IllegalArgumentException("response 'result' is not an object");
    }
    return read.apply(result);
  }

  public static <T> List<T> list(String body, Function<JsonNode, T> item) {
    JsonNode result = result(body);
    if (!result.isArray()) {
      throw new IllegalArgumentException("response 'result' is not an array");
    }
    List<T> items = new ArrayList<>();
    result.forEach(n -> items.add(item.apply(n)));
    return items;
  }

  /** Checks that a body is a successful envelope, whatever its result. */
  public static Void success(String body) {
    result(body);
    return null;
  }

  public static CloudflareWorkflow workflow(JsonNode w) {
    Map<InstanceStatus, Long> counts = new LinkedHashMap<>();
    w.path("instances").fields().forEachRemaining(e -> {
      if (e.getValue().isNumber()) {
        counts.put(InstanceStatus.of(e.getKey()), e.getValue().asLong());
      }
    });
    return new CloudflareWorkflow(required(w, "id"), required(w, "name"), required(w, "class_name"),
        required(w, "script_name"), text(w, "created_on").orElse(""), text(w, "modified_on").orElse(""),
        text(w, "triggered_on"), counts, text(w, "version_id"));
  }

  public static Instance instance(JsonNode i) {
    return new Instance(required(i, "id"), InstanceStatus.of(required(i, "status")), text(i, "version_id").orElse(""),
        text(i, "workflow_id").orElse(""), text(i, "created_on"), text(i, "started_on"), text(i, "ended_on"));
  }

  public static InstanceDetails details(JsonNode d) {
    List<InstanceStep> steps = new ArrayList<>();
    d.path("steps").forEach(s -> steps.add(step(s)));
    return new InstanceDetails(InstanceStatus.of(required(d, "status")), JsonData.of(d.path("params")),
        JsonData.of(d.path("output")), error(d.path("error")), text(d, "queued"), text(d, "start"), text(d, "end"),
        bool(d, "success"), text(d.path("trigger"), "source"), text(d, "versionId"), steps);
  }

  private static InstanceStep step(JsonNode s) {
    String type = text(s, "type").orElse("");
    Optional<String> name = text(s, "name");
    return new InstanceStep(type, name, text(s, "start"), text(s, "end"), bool(s, "success"),
        JsonData.of(s.path("output")), error(s.path("error")), s.path("attempts").size());
  }

  private static Optional<InstanceError> error(JsonNode e) {
    if (!e.isObject()) {
      return Optional.empty();
    }
    return Optional.of(new InstanceError(text(e, "name").orElse(""), text(e, "message").orElse("")));
  }

  public static StatusChange statusChange(JsonNode s) {
    return new StatusChange(InstanceStatus.of(required(s, "status")), text(s, "timestamp").orElse(""));
  }

  public static WorkflowVersion version(JsonNode v) {
    JsonNode steps = v.path("limits").path("steps");
    return new WorkflowVersion(required(v, "id"), text(v, "workflow_id").orElse(""),
        text(v, "class_name").orElse(""), text(v, "created_on").orElse(""), text(v, "modified_on").orElse(""),
        v.path("has_dag").asBoolean(false),
        steps.isIntegralNumber() ? OptionalLong.of(steps.asLong()) : OptionalLong.empty());
  }

  public static InstancePage instancePage(Page<Instance> page) {
    return new InstancePage(page.items(), page.cursor(), page.totalCount());
  }

  /** The body of {@code PUT .../workflows/{name}}. */
  public static String workflowBody(String className, String scriptName) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("class_name", className);
    body.put("script_name", scriptName);
    return JsonData.write(body);
  }

  /** The body of a create call, or one entry of the batch call. */
  public static Map<String, Object> instanceBody(InstanceRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    request.instanceId().ifPresent(id -> body.put("instance_id", id));
    if (request.successRetention().isPresent() || request.errorRetention().isPresent()) {
      Map<String, Object> retention = new LinkedHashMap<>();
      request.successRetention().ifPresent(r -> retention.put("success_retention", r));
      request.errorRetention().ifPresent(r -> retention.put("error_retention", r));
      body.put("instance_retention", retention);
    }
    request.params().ifPresent(p -> body.put("params", p.toJava()));
    return body;
  }

  /** The body of a status change: {@code {"status": action}}, with {@code from} for a restart from a step. */
  public static String statusBody(String action, Optional<String> fromStep) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", action);
    fromStep.ifPresent(step -> body.put("from", Map.of("name", step)));
    return JsonData.write(body);
  }

  private static String required(JsonNode node, String field) {
    return text(node, field).orElseThrow(() -> new IllegalArgumentException("response has no '" + field + "'"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static Optional<Boolean> bool(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isBoolean() ? Optional.of(v.asBoolean()) : Optional.empty();
  }
}
