package dev.cortexflow.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.client.Callback;
import dev.cortexflow.client.RunRequest;
import dev.cortexflow.client.RunStatus;
import dev.cortexflow.client.Secret;
import dev.cortexflow.client.ServerViolation;
import dev.cortexflow.client.Team;
import dev.cortexflow.client.ValidationResult;
import dev.cortexflow.client.WorkflowRun;
import dev.cortexflow.client.WorkflowSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads API response bodies into the public result types and writes request bodies. */
public final class ApiJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  /** One page of a paged list. */
  public record Page<T>(List<T> items, int page, int totalPages) {}

  private ApiJson() {}

  /** Parses JSON text; a body that is not JSON raises {@link IllegalArgumentException} with a short reason. */
  public static JsonNode parse(String body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException("response body is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("response body is not JSON: " + e.getOriginalMessage());
    }
  }

  public static Page<WorkflowSummary> workflowPage(String body) {
    JsonNode root = parse(body);
    List<WorkflowSummary> items = new ArrayList<>();
    for (JsonNode w : requiredArray(root, "workflows")) {
      items.add(workflow(w));
    }
    return new Page<>(items, root.path("page").asInt(0), root.path("totalPages").asInt(1));
  }

  public static WorkflowSummary workflow(JsonNode w) {
    return new WorkflowSummary(requiredText(w, "tag"), text(w, "name").orElse(""), text(w, "id"),
        text(w, "description"), w.path("isDraft").asBoolean(false), w.toString());
  }

  public static ValidationResult validation(String body) {
    JsonNode root = parse(body);
    return new ValidationResult(root.path("ok").asBoolean(false), violations(root.path("violations")));
  }

  public static List<ServerViolation> violations(JsonNode array) {
    List<ServerViolation> out = new ArrayList<>();
    for (JsonNode v : array) {
      List<String> paths = new ArrayList<>();
      v.path("paths").forEach(p -> paths.add(p.asText()));
      out.add(new ServerViolation(text(v, "title").orElse(""), text(v, "description").orElse(""),
          text(v, "pointer").orElse(""), paths, integer(v, "startLine"), integer(v, "endLine"),
          text(v, "violationType"), text(v, "ruleLink")));
    }
    return out;
  }

  public static WorkflowRun run(String body) {
    JsonNode root = parse(body);
    String id = text(root, "id").or(() -> text(root, "runId"))
        .orElseThrow(() -> new IllegalArgumentException("run has no 'id'"));
    return new WorkflowRun(id, RunStatus.of(requiredText(root, "status")), root.toString());
  }

  public static List<Team> teams(String body) {
    JsonNode root = parse(body);
    List<Team> out = new ArrayList<>();
    for (JsonNode t : requiredArray(root, "teams")) {
      out.add(team(t));
    }
    return out;
  }

  public static Team team(JsonNode t) {
    String tag = text(t, "teamTag").or(() -> text(t, "tag")).orElseThrow(
        () -> new IllegalArgumentException("team has no 'teamTag'"));
    return new Team(requiredText(t, "id"), tag, text(t.path("metadata"), "name").orElse(tag),
        t.path("isArchived").asBoolean(false));
  }

  public static Page<Secret> secretPage(String body) {
    JsonNode root = parse(body);
    List<Secret> items = new ArrayList<>();
    for (JsonNode s : requiredArray(root, "secrets")) {
      items.add(secret(s));
    }
    return new Page<>(items, root.path("page").asInt(0), root.path("totalPages").asInt(1));
  }

  public static Secret secret(JsonNode s) {
    return new Secret(requiredText(s, "id"), requiredText(s, "tag"), text(s, "name"));
  }

  public static String runBody(RunRequest request) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode scope = root.putObject("scope");
    scope.put("type", request.scope().type());
    request.scope().entityId().ifPresent(id -> scope.put("entityId", id));
    if (!request.initialContext().isEmpty()) {
      root.set("initialContext", MAPPER.valueToTree(request.initialContext()));
    }
    if (!request.notificationRecipients().isEmpty()) {
      root.set("notificationRecipients", MAPPER.valueToTree(request.notificationRecipients()));
    }
    request.runAs().ifPresent(r -> root.put("runAs", r));
    return root.toString();
  }

  public static String callbackBody(Callback callback) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("status", callback.status().name());
    root.put("message", callback.message());
    if (!callback.response().isEmpty()) {
      root.set("response", MAPPER.valueToTree(callback.response()));
    }
    return root.toString();
  }

  /**
   * The human part of an error body: {@code message} (ErrorResponse), {@code detail}/{@code title} (problem), or
   * the messages of an {@code errors} array of {@code {code, message}} (Cloudflare's envelope).
   */
  public static Optional<String> errorMessage(String body) {
    JsonNode root = tryParse(body);
    if (root == null || !root.isObject()) {
      return Optional.empty();
    }
    return text(root, "message").or(() -> text(root, "detail")).or(() -> text(root, "title"))
        .or(() -> errorsArrayMessage(root.path("errors")));
  }

  private static Optional<String> errorsArrayMessage(JsonNode errors) {
    List<String> parts = new ArrayList<>();
    for (JsonNode e : errors) {
      text(e, "message").ifPresent(m -> parts.add(text(e, "code").map(c -> m + " (code " + c + ")").orElse(m)));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
  }

  public static Optional<JsonNode> errorViolations(String body) {
    JsonNode root = tryParse(body);
    return root != null && root.path("violations").isArray() ? Optional.of(root.get("violations")) : Optional.empty();
  }

  public static OptionalInt retryAfterSeconds(String body) {
    JsonNode root = tryParse(body);
    return root != null && root.path("retryAfter").canConvertToInt() && root.get("retryAfter").isNumber()
        ? OptionalInt.of(root.get("retryAfter").asInt()) : OptionalInt.empty();
  }

  private static JsonNode tryParse(String body) {
    try {
      return body.isBlank() ? null : MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static Iterable<JsonNode> requiredArray(JsonNode node, String field) {
    JsonNode array = node.path(field);
    if (!array.isArray()) {
      throw new IllegalArgumentException("response has no '" + field + "' array");
    }
    return array;
  }

  private static String requiredText(JsonNode node, String field) {
    return text(node, field).orElseThrow(() -> new IllegalArgumentException("response has no '" + field + "'"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static OptionalInt integer(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isIntegralNumber() ? OptionalInt.of(v.asInt()) : OptionalInt.empty();
  }
}
