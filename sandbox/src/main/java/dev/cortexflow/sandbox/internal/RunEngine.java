package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.engine.Answer;
import dev.cortexflow.engine.BlockRun;
import dev.cortexflow.engine.RunInput;
import dev.cortexflow.engine.RunResult;
import dev.cortexflow.engine.RunStatus;
import dev.cortexflow.engine.RunnableWorkflow;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowJson;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts runs, runs them on the run engine, and resumes them on callbacks. Runs live in memory only. What the
 * other side answers is the sandbox's default for each block type (see {@code CortexSandbox}); nothing is sent.
 */
final class RunEngine {
  private static final Set<String> HTTP_TYPES = Set.of("HTTP_REQUEST", "HTTP_REQUEST_ASYNC");

  private final ConcurrentHashMap<String, Run> runs = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();
  private final dev.cortexflow.engine.RunEngine engine = dev.cortexflow.engine.RunEngine.create();
  private final Directory directory;
  private final int runningPolls;
  private final java.time.Clock clock;
  private volatile String baseUrl = "";

  RunEngine(Directory directory, int runningPolls, java.time.Clock clock) {
    this.directory = directory;
    this.runningPolls = runningPolls;
    this.clock = clock;
  }

  void baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  Run start(StoredWorkflow workflow, ObjectNode scope, ObjectNode initialContext, Optional<String> runAs) {
    Run run = new Run(Ids.sequential("run", counter.incrementAndGet()), workflow, scope, initialContext, runAs);
    synchronized (run) {
      initialise(run);
      runs.put(run.id, run);
      run.pollsBeforeStart = runningPolls;
      if (run.pollsBeforeStart == 0) {
        proceed(run);
      }
    }
    return run;
  }

  Optional<Run> find(String runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  /** A look-up of a run: a new run reports RUNNING for the configured number of look-ups, then proceeds. */
  void observe(Run run) {
    if (run.pollsBeforeStart > 0 && --run.pollsBeforeStart == 0) {
      proceed(run);
    }
    expire(run);
  }

  /** Fails a paused run whose async block has waited past its {@code timeoutInSeconds}. */
  void expire(Run run) {
    if (run.status != Run.Status.PAUSED) {
      return;
    }
    java.time.Instant now = clock.instant();
    for (BlockState block : run.blocks.values()) {
      if (block.status == BlockState.Status.PAUSED && block.deadline.filter(now::isAfter).isPresent()) {
        fail(run, block, "no callback within " + block.timeoutSeconds + " seconds (timeoutInSeconds)");
        return;
      }
    }
  }

  private void initialise(Run run) {
    ObjectNode definition = run.workflow.definition();
    for (JsonNode block : definition.path("actions")) {
      String slug = block.path("slug").asText();
      run.definitions.put(slug, block);
      run.blocks.put(
          slug, new BlockState(slug, block.path("name").asText(slug), block.path("schema").path("type").asText()));
    }
    ReadResult read = WorkflowJson.read(Codec.json().valueToTree(definition).toString());
    run.runnable = Optional.of(engine.prepare(read.workflow()));
  }

  /** What the run starts from: the run request, the sandbox's secrets, and the sandbox's default answers. */
  private RunInput input(Run run) {
    RunInput.Builder input = RunInput.builder()
        .workflowRunId(run.id)
        .workflowId(run.workflow.id())
        .callbackBase(baseUrl)
        .startedAt(clock.instant())
        .initiatedBy(Map.of("name", run.runAs.orElse("Sandbox User"),
            "email", run.runAs.orElse("sandbox-user@example.com"), "identityMappings", Map.of(),
            "roles", java.util.List.of()))
        .defaultAnswers(true);
    if (run.scope.path("type").asText().equals("ENTITY")) {
      String entity = run.scope.path("entityId").asText();
      input.entity(Map.of("id", entity, "tag", entity, "name", entity));
    }
    run.initialContext.fields().forEachRemaining(f -> input.initialContext(f.getKey(), toValue(f.getValue())));
    directory.secrets().forEach(s -> input.secret(s.path("tag").asText(), "********"));
    for (JsonNode block : run.definitions.values()) {
      String slug = block.path("slug").asText();
      JsonNode schema = block.path("schema");
      switch (schema.path("type").asText()) {
        case "HTTP_REQUEST_ASYNC" -> input.answer(slug, Answer.http(202));   // waits for the REST callback
        case "USER_INPUT" -> schema.path("inputs").forEach(field -> {
          String key = field.path("key").asText();
          if (run.initialContext.has(key)) {
            input.input(slug, key, toValue(run.initialContext.get(key)));
          }
        });
        default -> { }
      }
    }
    return input.build();
  }

  /** Runs the workflow from its root until it pauses, fails or runs out of blocks. */
  void proceed(Run run) {
    run.status = Run.Status.RUNNING;
    if (run.runnable.isEmpty()) {
      finish(run, Run.Status.FAILED);
      return;
    }
    RunnableWorkflow runnable = run.runnable.get();
    apply(run, runnable.run(input(run)));
  }

  /** Applies a callback to a paused block; the caller has checked that it is paused. */
  void callback(Run run, BlockState block, String status, String message, JsonNode response) {
    ObjectNode result = Codec.object();
    result.put("status", status);
    result.put("message", message);
    result.set("output", response);
    block.messages.add(message);
    switch (status) {
      case "UPDATE" -> {
        ObjectNode outputs = Codec.object();
        outputs.set("result", result);
        block.outputs = Optional.of(outputs);
      }
      case "FAILURE" -> {
        ObjectNode outputs = Codec.object();
        outputs.set("result", result);
        block.outputs = Optional.of(outputs);
        fail(run, block, message);
      }
      default -> apply(run, run.result.orElseThrow().resume()
          .callback(block.slug, status, message, response.isNull() ? Map.of() : toValue(response)));
    }
  }

  /** Copies how the engine's run stands onto the run and its blocks. */
  private void apply(Run run, RunResult result) {
    run.result = Optional.of(result);
    for (BlockRun ran : result.blocks()) {
      BlockState block = run.blocks.get(ran.slug());
      boolean newlyPaused = ran.status() == RunStatus.PAUSED && block.status != BlockState.Status.PAUSED;
      block.status = switch (ran.status()) {
        case COMPLETED -> BlockState.Status.COMPLETED;
        case FAILED -> BlockState.Status.FAILED;
        case PAUSED -> BlockState.Status.PAUSED;
      };
      block.outputs = Optional.of(toNode(ran.outputs()));
      block.request = ran.request().map(r -> request(ran.type(), r.fields()));
      block.error = ran.error().map(e -> withoutBlockPrefix(e, ran));
      if (newlyPaused && ran.type().equals("HTTP_REQUEST_ASYNC")) {
        String callbackId = CallbackIds.encode(run.id, ran.slug());
        block.callbackId = Optional.of(callbackId);
        block.callbackUrl = Optional.of(baseUrl + "/api/v1/workflows/" + run.workflow.id() + "/callback/" + callbackId);
        JsonNode timeout = run.definitions.get(ran.slug()).path("schema").path("timeoutInSeconds");
        if (timeout.canConvertToInt() && timeout.asInt() > 0) {
          block.timeoutSeconds = timeout.asInt();
          block.deadline = Optional.of(clock.instant().plusSeconds(timeout.asInt()));
        }
      }
    }
    JsonNode state = toNode(result.state());
    run.state.removeAll();
    run.state.setAll((ObjectNode) state);
    switch (result.status()) {
      case PAUSED -> run.status = Run.Status.PAUSED;
      case COMPLETED -> finish(run, Run.Status.COMPLETED);
      case FAILED -> {
        run.failure = result.failure().map(f -> result.blocks().isEmpty() ? f
            : withoutBlockPrefix(f, result.blocks().get(result.blocks().size() - 1)));
        finish(run, Run.Status.FAILED);
      }
    }
  }

  /** The REST shape of a recorded request: HTTP blocks name their body {@code payload}, as the schema does. */
  private static JsonNode request(String type, JsonValue fields) {
    ObjectNode request = (ObjectNode) toNode(fields);
    if (HTTP_TYPES.contains(type) && request.has("body")) {
      request.set("payload", request.remove("body"));
    }
    return request;
  }

  /** The block's own message, as Cortex reports it on the run: without the engine's {@code block 'x' (T): }. */
  private static String withoutBlockPrefix(String message, BlockRun block) {
    String prefix = "block '" + block.slug() + "' (" + block.type() + "): ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static JsonNode toNode(JsonValue value) {
    if (value instanceof JsonValue.JsonString s) {
      return Codec.NODES.textNode(s.value());
    }
    if (value instanceof JsonValue.JsonBoolean b) {
      return Codec.NODES.booleanNode(b.value());
    }
    if (value instanceof JsonValue.JsonNumber n) {
      java.math.BigDecimal number = n.value();
      try {
        return number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0
            ? Codec.NODES.numberNode(number.longValueExact()) : Codec.NODES.numberNode(number);
      } catch (ArithmeticException tooBig) {
        return Codec.NODES.numberNode(number);
      }
    }
    if (value instanceof JsonValue.JsonArray a) {
      com.fasterxml.jackson.databind.node.ArrayNode array = Codec.NODES.arrayNode();
      a.values().forEach(v -> array.add(toNode(v)));
      return array;
    }
    if (value instanceof JsonValue.JsonObject o) {
      ObjectNode object = Codec.object();
      o.members().forEach((k, v) -> object.set(k, toNode(v)));
      return object;
    }
    return Codec.NODES.nullNode();
  }

  private static JsonValue toValue(JsonNode node) {
    return JsonValue.from(Codec.json().convertValue(node, Object.class));
  }

  /** Fails the block and with it the run; the blocks not reached are skipped. */
  private static void fail(Run run, BlockState block, String message) {
    block.status = BlockState.Status.FAILED;
    block.error = Optional.of(message);
    run.failure = Optional.of(message);
    ObjectNode entry = run.actionsState().putObject(block.slug);
    entry.set("inputs", block.request.<JsonNode>map(JsonNode::deepCopy).orElse(Codec.object()));
    entry.set("outputs", block.outputs.<JsonNode>map(JsonNode::deepCopy).orElse(Codec.object()));
    finish(run, Run.Status.FAILED);
  }

  private static void finish(Run run, Run.Status status) {
    run.status = status;
    run.blocks.values().stream()
        .filter(b -> b.status == BlockState.Status.PENDING)
        .forEach(b -> b.status = BlockState.Status.SKIPPED);
  }
}
