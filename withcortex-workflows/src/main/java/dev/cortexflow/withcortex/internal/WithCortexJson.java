package dev.cortexflow.withcortex.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cortexflow.client.http.JsonData;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.withcortex.RunRequest;
import dev.cortexflow.withcortex.RunStatus;
import dev.cortexflow.withcortex.StepOutput;
import dev.cortexflow.withcortex.VersionStep;
import dev.cortexflow.withcortex.WithCortexWorkflow;
import dev.cortexflow.withcortex.WorkflowRun;
import dev.cortexflow.withcortex.WorkflowVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/** Reads withcortex.ai response bodies (bare objects and arrays) into the public records and writes request bodies. */
public final class WithCortexJson {

  private WithCortexJson() {}

  public static <T> List<T> list(String body, Function<JsonNode, T> item) {
    JsonNode root = JsonData.parse(body);
    if (!root.isArray()) {
      throw new IllegalArgumentException("response is not a JSON array");
    }
    List<T> out = new ArrayList<>();
    root.forEach(n -> out.add(item.apply(n)));
    return out;
  }

  public static <T> T one(String body, Function<JsonNode, T> read) {
    JsonNode root = JsonData.parse(body);
    if (!root.isObject()) {
      throw new IllegalArgumentException("response is not a JSON object");
    }
    return read.apply(root);
  }

  public static WithCortexWorkflow workflow(JsonNode w) {
    List<String> tags = new ArrayList<>();
    w.path("tags").forEach(t -> text(t, "name").ifPresent(tags::add));
    Optional<WorkflowVersion> version = w.path("version").isObject() ? Optional.of(version(w.get("version")))
        : Optional.empty();
    return new WithCortexWorkflow(required(w, "id"), text(w, "name").orElse(""), text(w, "description"),
        text(w.path("app"), "name"), version, tags, w.path("runs_count").asLong(0), w.path("enabled").asBoolean(true));
  }

  public static WorkflowVersion version(JsonNode v) {
    List<VersionStep> steps = new ArrayList<>();
    v.path("steps").forEach(s -> steps.add(new VersionStep(text(s, "type").orElse(""), text(s, "key").orElse(""))));
    return new WorkflowVersion(text(v, "id").orElse(""), integer(v, "version"), text(v, "description"),
        text(v, "notes"), text(v, "created_at"), text(v, "key").orElse(""), JsonData.of(v.path("input")),
        JsonData.of(v.path("input_default")), steps);
  }

  public static WorkflowRun run(JsonNode r) {
    return new WorkflowRun(required(r, "id"), RunStatus.of(required(r, "status")), text(r, "origin").orElse(""),
        text(r, "workflow_id"), JsonData.of(r.path("input")), JsonData.of(r.path("result")), steps(r.path("output")),
        text(r, "error").filter(e -> !e.isEmpty()), text(r, "started_at"), text(r, "ended_at"),
        integer(r.path("workflow_version"), "version"));
  }

  /** A run's {@code output}: an array of steps (the reference's example) or an object keyed by step key. */
  private static List<StepOutput> steps(JsonNode output) {
    List<StepOutput> out = new ArrayList<>();
    if (output.isArray()) {
      output.forEach(s -> out.add(step(text(s, "key").orElse(""), s)));
    } else if (output.isObject()) {
      output.fields().forEachRemaining(e -> out.add(step(text(e.getValue(), "key").orElse(e.getKey()), e.getValue())));
    }
    return out;
  }

  private static StepOutput step(String key, JsonNode s) {
    JsonNode start = s.path("start");
    return new StepOutput(key, RunStatus.of(text(s, "status").orElse("")), JsonData.of(s.path("output")),
        start.isIntegralNumber() ? OptionalLong.of(start.asLong()) : OptionalLong.empty());
  }

  /** The body of a run: {@code input}, {@code workflow_version_id}, {@code background}, {@code from_step_key}. */
  public static String runBody(RunRequest request) {
    if (request.stream()) {
      throw new IllegalArgumentException(RunRequest.STREAM_REFUSED);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (!(request.input() instanceof JsonValue.JsonNull)) {
      body.put("input", request.input().toJava());
    }
    request.version().ifPresent(v -> body.put("workflow_version_id", v.matches("\\d+") ? Long.valueOf(v) : v));
    if (request.background()) {
      body.put("background", true);
    }
    request.fromStep().ifPresent(k -> body.put("from_step_key", k));
    return JsonData.write(body);
  }

  /** The body of a replay: {@code stepKey}. */
  public static String replayBody(String stepKey) {
    return JsonData.write(Map.of("stepKey", stepKey));
  }

  private static String required(JsonNode node, String field) {
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
