package dev.cortexflow.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.engine.Answer;
import dev.cortexflow.engine.BlockRun;
import dev.cortexflow.engine.OutboundRequest;
import dev.cortexflow.engine.PausedRun;
import dev.cortexflow.engine.RunInput;
import dev.cortexflow.engine.RunResult;
import dev.cortexflow.engine.RunStatus;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Variable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** One run of a {@link Plan}: the run state, the walk over the graph and what each block type does. */
public final class Execution {
  private static final Set<String> INTEGRATION_TYPES = Set.of("ADVANCED_HTTP_REQUEST", "SLACK",
      "MS_TEAMS_SEND_MESSAGE", "GITHUB_CREATE_OR_UPDATE_FILE", "JIRA_CREATE_ISSUE", "PAGERDUTY_CREATE_INCIDENT",
      "AWS");

  private final Plan plan;
  private final RunInput input;
  private final Evaluators ev;
  private final ObjectNode state;
  private final ObjectNode context;
  private final ObjectNode actions;
  private final ObjectNode variables;
  private final List<BlockRun> runs = new ArrayList<>();
  private final Deque<String> queue = new ArrayDeque<>();
  private final Set<String> done = new HashSet<>();
  private String failure;
  private String pausedAt;
  private JsonNode pausedRequest;

  public Execution(Plan plan, RunInput input) {
    this.plan = plan;
    this.input = input;
    this.ev = plan.evaluators();
    this.state = Json.object();
    this.context = state.putObject("context");
    this.actions = state.putObject("actions");
    this.variables = state.putObject("variables");
  }

  /** A block's step: what it produced and where the run goes next. */
  private record Step(RunStatus status, ObjectNode outputs, JsonNode request, String error, List<String> next) {
    static Step done(ObjectNode outputs, JsonNode request, List<String> next) {
      return new Step(RunStatus.COMPLETED, outputs, request, null, next);
    }

    static Step failed(String error, JsonNode request) {
      return new Step(RunStatus.FAILED, Json.object(), request, error, List.of());
    }

    static Step paused(JsonNode request) {
      return new Step(RunStatus.PAUSED, Json.object(), request, null, List.of());
    }
  }

  /** Runs from the root to the end, a failure or a pause; never throws for anything the workflow or input holds. */
  public Execution run() {
    guarded(() -> {
      start();
      walk();
    });
    return this;
  }

  /** Whether the run waits on a block: an asynchronous block's callback or an approval's decision. */
  public boolean isPaused() {
    return failure == null && pausedAt != null;
  }

  /** The type of the block the run waits on. */
  public String pausedType() {
    return plan.block(pausedAt).map(b -> b.schema().type()).orElse("");
  }

  /** The slug of the block the run waits on. */
  public String pausedAt() {
    return pausedAt;
  }

  /**
   * A copy of this paused run that continues after the callback of the asynchronous block it waits on;
   * this run is left as it is.
   */
  public Execution callback(String status, String message, JsonValue response) {
    Answer.Callback callback = new Answer.Callback(status, message, response);
    return resumed((copy, next) -> copy.callbackStep(callback, copy.pausedRequest, next));
  }

  /** A copy of this paused run that continues after the decision of the approval it waits on. */
  public Execution decide(boolean approved) {
    return resumed((copy, next) -> copy.decision(approved, next));
  }

  private Execution resumed(java.util.function.BiFunction<Execution, List<String>, Step> outcome) {
    Execution copy = new Execution(this);
    copy.guarded(() -> {
      Block block = copy.plan.block(copy.pausedAt).orElseThrow();
      Step step = outcome.apply(copy, block.outgoingActions());
      copy.pausedAt = null;
      copy.pausedRequest = null;
      copy.runs.remove(copy.runs.size() - 1);
      if (copy.record(block.slug(), block.schema().type(), step)) {
        copy.walk();
      }
    });
    return copy;
  }

  private Execution(Execution from) {
    this.plan = from.plan;
    this.input = from.input;
    this.ev = from.ev;
    this.state = from.state.deepCopy();
    this.context = (ObjectNode) state.get("context");
    this.actions = (ObjectNode) state.get("actions");
    this.variables = (ObjectNode) state.get("variables");
    this.runs.addAll(from.runs);
    this.queue.addAll(from.queue);
    this.done.addAll(from.done);
    this.pausedAt = from.pausedAt;
    this.pausedRequest = from.pausedRequest;
  }

  private void guarded(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | StackOverflowError e) {
      failure = "the run stopped on an unexpected " + e.getClass().getSimpleName() + ": "
          + JqEvaluator.oneLine(e.getMessage());
    }
  }

  /** How the run stands now, with {@code pausedRun} as the handle that continues it when it is paused. */
  public RunResult result(Optional<PausedRun> pausedRun) {
    RunStatus status = failure != null ? RunStatus.FAILED : pausedAt != null ? RunStatus.PAUSED : RunStatus.COMPLETED;
    Optional<String> response = Optional.empty();
    Optional<String> template = status == RunStatus.COMPLETED ? plan.workflow().runResponseTemplate()
        : status == RunStatus.FAILED ? plan.workflow().failedRunResponseTemplate() : Optional.empty();
    String responseFailure = null;
    if (template.isPresent()) {
      try {
        response = Optional.of(ev.mustache.render(template.get(), state));
      } catch (EvaluationException e) {
        String which = status == RunStatus.COMPLETED ? "runResponseTemplate" : "failedRunResponseTemplate";
        if (failure == null) {
          responseFailure = which + ": " + e.getMessage();
          status = RunStatus.FAILED;
        }
      }
    }
    Map<String, JsonValue> finalVariables = new LinkedHashMap<>();
    variables.fields().forEachRemaining(f -> finalVariables.put(f.getKey(), Json.toValue(f.getValue())));
    return new RunResult(plan.workflow().tag(), status, runs, finalVariables,
        Optional.ofNullable(failure != null ? failure : responseFailure),
        status == RunStatus.PAUSED ? Optional.ofNullable(pausedAt) : Optional.empty(), response, Json.toValue(state),
        status == RunStatus.PAUSED ? pausedRun : Optional.empty());
  }

  private void start() {
    input.entity().ifPresent(entity -> context.set("entity", Json.toNode(entity)));
    context.set("initiatedBy", Json.toNode(input.initiatedBy()));
    context.set("user", Json.toNode(input.initiatedBy()));
    ObjectNode initial = context.putObject("initialContext");
    input.initialContext().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> initial.set(e.getKey(), Json.toNode(e.getValue())));
    ObjectNode secrets = context.putObject("secrets");
    input.secrets().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> secrets.put(e.getKey(), e.getValue()));
    context.put("workflowRunId", input.workflowRunId());
    context.put("initiatedAtIso8601Timestamp", input.startedAt().toString());
    for (Variable variable : plan.workflow().variables()) {
      variables.set(variable.slug(), variable.defaultValue().map(Json::toNode).orElse(Json.NODES.nullNode()));
    }
    for (Variable variable : plan.workflow().variables()) {
      JsonValue seeded = input.initialContext().get(variable.slug());
      if (seeded != null) {
        variables.set(variable.slug(), Json.toNode(seeded));
      }
    }
    List<Block> roots = plan.roots();
    if (roots.size() != 1) {
      failure = roots.isEmpty()
          ? "workflow '" + plan.workflow().tag() + "' has no root block: set isRootAction: true on the first block"
          : "workflow '" + plan.workflow().tag() + "' has " + roots.size() + " root blocks ("
              + String.join(", ", roots.stream().map(Block::slug).toList()) + "): keep isRootAction on one";
      return;
    }
    queue.add(roots.get(0).slug());
  }

  private void walk() {
    while (failure == null && !queue.isEmpty()) {
      String slug = queue.poll();
      if (!done.add(slug)) {
        continue;
      }
      Optional<Block> found = plan.block(slug);
      if (found.isEmpty()) {
        failure = "the run reaches '" + slug + "', which is no block of workflow '" + plan.workflow().tag()
            + "': fix outgoingActions or joiningAction";
        return;
      }
      Block block = found.get();
      String type = block.schema().type();
      Step step;
      try {
        step = execute(block, type);
      } catch (EvaluationException e) {
        step = Step.failed(e.getMessage(), null);
      }
      if (!record(slug, type, step)) {
        return;
      }
    }
  }

  /** Records the block's step in the run state; whether the run goes on. */
  private boolean record(String slug, String type, Step step) {
    ObjectNode entry = actions.putObject(slug);
    entry.set("inputs", step.request() == null ? Json.object() : step.request().deepCopy());
    entry.set("outputs", step.outputs());
    Optional<OutboundRequest> request = step.request() == null ? Optional.empty()
        : Optional.of(new OutboundRequest(slug, type, Json.toValue(step.request())));
    String error = step.error() == null ? null : "block '" + slug + "' (" + type + "): " + step.error();
    runs.add(new BlockRun(slug, type, step.status(), Json.toValue(step.outputs()), request,
        Optional.ofNullable(error)));
    if (step.status() == RunStatus.FAILED) {
      failure = error;
      return false;
    }
    if (step.status() == RunStatus.PAUSED) {
      pausedAt = slug;
      pausedRequest = step.request();
      return false;
    }
    queue.addAll(step.next());
    return true;
  }

  private Step execute(Block block, String type) throws EvaluationException {
    String slug = block.slug();
    JsonNode schema = plan.schema(slug);
    List<String> next = block.outgoingActions();
    switch (type) {
      case "HTTP_REQUEST":
        return http(slug, schema, next);
      case "HTTP_REQUEST_ASYNC":
        return asyncHttp(slug, schema, next);
      case "JQ": {
        ObjectNode outputs = Json.object();
        outputs.set("result", ev.jq.evaluate(schema.path("expression").asText(""), state));
        return Step.done(outputs, null, next);
      }
      case "JAVASCRIPT":
        return javaScript(schema, next);
      case "CONDITIONAL_BRANCH":
        return branch(schema);
      case "MANUAL_APPROVAL":
        return approval(slug, next);
      case "USER_INPUT":
        return userInput(slug, schema, next);
      case "SET_VARIABLES":
        return setVariables(schema, next);
      case "SCAFFOLDER":
        return scaffolder(slug, schema, next);
      default:
        if (INTEGRATION_TYPES.contains(type)) {
          return integration(slug, type, schema, next);
        }
        return Step.failed("type '" + type + "' cannot run locally: the engine runs the 16 block types of the "
            + "Cortex API", null);
    }
  }

  // ---- HTTP ----

  private ObjectNode httpRequest(JsonNode schema, JsonNode over) throws EvaluationException {
    ObjectNode request = Json.object();
    request.put("method", schema.path("httpMethod").asText("GET"));
    request.put("url", ev.mustache.render(schema.path("url").asText(""), over));
    ObjectNode headers = request.putObject("headers");
    Iterator<Map.Entry<String, JsonNode>> fields = schema.path("headers").fields();
    List<Map.Entry<String, JsonNode>> sorted = new ArrayList<>();
    fields.forEachRemaining(sorted::add);
    sorted.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, JsonNode> header : sorted) {
      headers.put(header.getKey(), ev.mustache.render(header.getValue().asText(""), over));
    }
    if (schema.path("payload").isTextual()) {
      request.put("body", ev.mustache.render(schema.path("payload").asText(), over));
    }
    if (schema.path("integrationAlias").isTextual()) {
      request.put("integrationAlias", schema.path("integrationAlias").asText());
    }
    return request;
  }

  private Optional<Answer> answer(String slug, ObjectNode request, Answer byDefault) {
    if (input.localHttp().containsKey(slug) && request != null && request.has("url")) {
      return Optional.of(LocalHttp.send(input.localHttp().get(slug), request));
    }
    Answer answer = input.answers().get(slug);
    if (answer != null) {
      return Optional.of(answer);
    }
    return input.defaultAnswers() ? Optional.of(byDefault) : Optional.empty();
  }

  private Step http(String slug, JsonNode schema, List<String> next) throws EvaluationException {
    ObjectNode request = httpRequest(schema, state);
    Optional<Answer> found = answer(slug, request, Answer.http(200, JsonValue.object(Map.of())));
    if (found.isEmpty()) {
      return Step.failed("no answer for " + describe(request) + "; add responses: {" + slug
          + ": {status: 200, body: …}}", request);
    }
    Answer answer = found.get();
    if (answer.error().isPresent()) {
      return Step.failed(answer.error().get(), request);
    }
    ObjectNode outputs = httpOutputs(answer);
    int status = answer.status().orElse(200);
    if (status >= 400) {
      return new Step(RunStatus.FAILED, outputs, request, describe(request) + " answered " + status, List.of());
    }
    return Step.done(outputs, request, next);
  }

  private static ObjectNode httpOutputs(Answer answer) {
    if (answer.outputs().isPresent() && Json.toNode(answer.outputs().get()) instanceof ObjectNode given) {
      return given;
    }
    ObjectNode outputs = Json.object();
    outputs.set("body", answer.body().map(Json::toNode).orElse(Json.NODES.nullNode()));
    outputs.put("status", answer.status().orElse(200));
    ObjectNode headers = outputs.putObject("headers");
    answer.headers().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(h -> headers.put(h.getKey(), h.getValue()));
    return outputs;
  }

  private Step asyncHttp(String slug, JsonNode schema, List<String> next) throws EvaluationException {
    String callbackId = Base64.getUrlEncoder().withoutPadding()
        .encodeToString((input.workflowRunId() + "#" + slug).getBytes(StandardCharsets.UTF_8));
    String callbackUrl = input.callbackBase() + "/api/v1/workflows/" + input.workflowId().orElse(plan.workflow().tag())
        + "/callback/"
        + callbackId;
    state.put("callbackUrl", callbackUrl);
    ObjectNode request;
    try {
      request = httpRequest(schema, state);
    } finally {
      state.remove("callbackUrl");
    }
    Optional<Answer> found = answer(slug, request,
        Answer.http(202).withCallback("SUCCESS", JsonValue.object(Map.of())));
    if (found.isEmpty()) {
      return Step.failed("no answer for " + describe(request) + "; add responses: {" + slug
          + ": {status: 202, callback: {status: SUCCESS, response: {…}}}}", request);
    }
    Answer answer = found.get();
    if (answer.error().isPresent()) {
      return Step.failed(answer.error().get(), request);
    }
    int status = answer.status().orElse(202);
    if (status >= 400) {
      return Step.failed(describe(request) + " answered " + status, request);
    }
    if (answer.callback().isEmpty()) {
      return Step.paused(request);
    }
    return callbackStep(answer.callback().get(), request, next);
  }

  /** An asynchronous block after its callback: SUCCESS exposes the response at {@code outputs.result.output}. */
  private Step callbackStep(Answer.Callback callback, JsonNode request, List<String> next) {
    String callbackStatus = callback.status().toUpperCase(Locale.ROOT);
    if (callbackStatus.equals("FAILURE")) {
      return Step.failed("the callback reports FAILURE" + (callback.message().isEmpty() ? "" : ": "
          + callback.message()), request);
    }
    if (!callbackStatus.equals("SUCCESS")) {
      return Step.failed("callback status '" + callback.status() + "' is neither SUCCESS nor FAILURE", request);
    }
    ObjectNode outputs = Json.object();
    outputs.putObject("result").set("output", Json.toNode(callback.response()));
    return Step.done(outputs, request, next);
  }

  private static String describe(JsonNode request) {
    return request.path("method").asText() + " " + request.path("url").asText();
  }

  // ---- integration blocks ----

  private Step integration(String slug, String type, JsonNode schema, List<String> next)
      throws EvaluationException {
    ObjectNode request = renderFields(schema);
    Optional<Answer> found = answer(slug, null, Answer.outputs(JsonValue.object(Map.of())));
    if (found.isEmpty()) {
      return Step.failed("no answer for this integration block; add responses: {" + slug + ": {outputs: {…}}}",
          request);
    }
    Answer answer = found.get();
    if (answer.error().isPresent()) {
      return Step.failed(answer.error().get(), request);
    }
    ObjectNode outputs = Json.object();
    if (answer.outputs().isPresent()) {
      JsonNode given = Json.toNode(answer.outputs().get());
      if (!(given instanceof ObjectNode object)) {
        return Step.failed("the answer's outputs must be an object, not " + Json.text(given), request);
      }
      outputs = object;
    } else if (answer.body().isPresent() || answer.status().isPresent()) {
      outputs = httpOutputs(answer);
    }
    return Step.done(outputs, request, next);
  }

  /** The schema's fields without {@code type}, every string rendered as a Mustache template. */
  private ObjectNode renderFields(JsonNode schema) throws EvaluationException {
    ObjectNode rendered = (ObjectNode) render(schema);
    rendered.remove("type");
    return rendered;
  }

  private JsonNode render(JsonNode node) throws EvaluationException {
    if (node.isTextual()) {
      return Json.NODES.textNode(ev.mustache.render(node.textValue(), state));
    }
    if (node.isObject()) {
      ObjectNode out = Json.object();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.set(field.getKey(), render(field.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Json.NODES.arrayNode();
      for (JsonNode item : node) {
        out.add(render(item));
      }
      return out;
    }
    return node.deepCopy();
  }

  // ---- logic blocks ----

  private Step javaScript(JsonNode schema, List<String> next) throws EvaluationException {
    JsonNode result = ev.javaScript.evaluate(schema.path("script").asText(""), actions, variables, context, null);
    if (result == null || result.isNull()) {
      return Step.done(Json.object(), null, next);
    }
    if (result instanceof ObjectNode object) {
      return Step.done(object, null, next);
    }
    return Step.failed("the script returns " + Json.text(result)
        + ", not an object; return { key: value } to set outputs.key", null);
  }

  private Step branch(JsonNode schema) throws EvaluationException {
    ObjectNode outputs = Json.object();
    for (JsonNode path : schema.path("branches")) {
      String pathSlug = path.path("slug").asText();
      boolean taken;
      try {
        taken = ev.cel.isTrue(path.path("expression").asText(""), state);
      } catch (EvaluationException e) {
        return Step.failed("path '" + pathSlug + "': " + e.getMessage(), null);
      }
      if (taken) {
        outputs.put("branch", pathSlug);
        return Step.done(outputs, null, target(path, schema));
      }
    }
    JsonNode fallback = schema.path("fallbackBranch");
    if (fallback.isObject()) {
      outputs.put("branch", fallback.path("slug").asText());
      return Step.done(outputs, null, target(fallback, schema));
    }
    outputs.putNull("branch");
    return Step.done(outputs, null, List.of());
  }

  /** The path's first block, or the joining action when the path is empty. */
  private static List<String> target(JsonNode path, JsonNode schema) {
    if (path.path("outgoingAction").isTextual()) {
      return List.of(path.path("outgoingAction").asText());
    }
    if (schema.path("joiningAction").isTextual()) {
      return List.of(schema.path("joiningAction").asText());
    }
    return List.of();
  }

  private Step approval(String slug, List<String> next) {
    Boolean decision = input.approvals().get(slug);
    if (decision == null && input.defaultAnswers()) {
      decision = true;
    }
    if (decision == null) {
      return Step.paused(null);
    }
    return decision(decision, next);
  }

  private Step decision(boolean approved, List<String> next) {
    if (!approved) {
      return Step.failed("the approval was rejected", null);
    }
    ObjectNode outputs = Json.object();
    outputs.put("approved", true);
    return Step.done(outputs, null, next);
  }

  private Step setVariables(JsonNode schema, List<String> next) throws EvaluationException {
    for (JsonNode assignment : schema.path("variables")) {
      String target = assignment.path("slug").asText();
      JsonNode source = assignment.path("source");
      String sourceType = source.path("type").asText();
      JsonNode value;
      if (sourceType.equals("REFERENCE")) {
        value = StatePaths.resolve(state, source.path("path").asText(""));
        value = value.isMissingNode() ? Json.NODES.nullNode() : value.deepCopy();
      } else if (sourceType.equals("JAVASCRIPT")) {
        try {
          value = ev.javaScript.evaluate(source.path("script").asText(""), actions, variables, context, null);
        } catch (EvaluationException e) {
          return Step.failed("variable '" + target + "': " + e.getMessage(), null);
        }
        value = value == null ? Json.NODES.nullNode() : value;
      } else {
        return Step.failed("variable '" + target + "': source type '" + sourceType
            + "' cannot run locally (REFERENCE and JAVASCRIPT can)", null);
      }
      variables.set(target, value);
    }
    return Step.done(Json.object(), null, next);
  }

  // ---- input blocks ----

  private Step userInput(String slug, JsonNode schema, List<String> next) throws EvaluationException {
    ObjectNode values = Json.object();
    for (JsonNode field : schema.path("inputs")) {
      if (field.has("defaultValue") && !field.get("defaultValue").isNull()) {
        values.set(field.path("key").asText(), field.get("defaultValue").deepCopy());
      }
    }
    applyValueOverrides(schema, values);
    Map<String, JsonValue> entered = input.inputs().getOrDefault(slug, Map.of());
    entered.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> values.set(e.getKey(), Json.toNode(e.getValue())));
    Set<String> keys = new HashSet<>();
    for (JsonNode field : schema.path("inputs")) {
      String key = field.path("key").asText();
      keys.add(key);
      JsonNode value = values.path(key);
      boolean empty = value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isEmpty())
          || (value.isArray() && value.isEmpty());
      if (empty) {
        if (field.path("required").asBoolean(false)) {
          return Step.failed("no value for required input '" + key + "'; add inputs: {" + slug + ": {" + key
              + ": …}}", null);
        }
        if (!values.has(key)) {
          values.putNull(key);
        }
        continue;
      }
      String problem = checkValue(field, value, schema);
      if (problem != null) {
        return Step.failed("input '" + key + "': " + problem, null);
      }
    }
    for (String key : entered.keySet()) {
      if (!keys.contains(key)) {
        return Step.failed("inputs name '" + key + "', which is no input of this block (inputs: "
            + String.join(", ", sortedKeys(schema)) + ")", null);
      }
    }
    if (schema.path("jsValidatorScript").isTextual() && !schema.path("jsValidatorScript").asText().isBlank()) {
      JsonNode verdict;
      try {
        verdict = ev.javaScript.evaluate(schema.path("jsValidatorScript").asText(), actions, variables, context,
            values);
      } catch (EvaluationException e) {
        return Step.failed("jsValidatorScript: " + e.getMessage(), null);
      }
      if (verdict != null && verdict.isTextual()) {
        return Step.failed("jsValidatorScript rejects the inputs: " + verdict.asText(), null);
      }
      if (verdict != null && verdict.isBoolean() && !verdict.asBoolean()) {
        return Step.failed("jsValidatorScript rejects the inputs", null);
      }
    }
    writeBackValueOverrides(schema, values);
    ObjectNode inFormOrder = Json.object();
    schema.path("inputs").forEach(f -> inFormOrder.set(f.path("key").asText(), values.get(f.path("key").asText())));
    inFormOrder.setAll(values);
    return Step.done(inFormOrder, null, next);
  }

  private static List<String> sortedKeys(JsonNode schema) {
    List<String> keys = new ArrayList<>();
    schema.path("inputs").forEach(f -> keys.add(f.path("key").asText()));
    return keys;
  }

  /** VALUE overrides fill the field from their state path before the user answers. */
  private void applyValueOverrides(JsonNode schema, ObjectNode values) {
    for (JsonNode override : schema.path("inputOverrides")) {
      if (override.path("type").asText().equals("VALUE")) {
        JsonNode value = StatePaths.resolve(state, override.path("outputVariable").asText(""));
        if (!value.isMissingNode() && !value.isNull()) {
          values.set(override.path("inputKey").asText(), value.deepCopy());
        }
      }
    }
  }

  /** A VALUE override on {@code variables.<slug>} sets that variable to the submitted value. */
  private void writeBackValueOverrides(JsonNode schema, ObjectNode values) {
    for (JsonNode override : schema.path("inputOverrides")) {
      String path = override.path("outputVariable").asText("");
      if (override.path("type").asText().equals("VALUE") && path.startsWith("variables.")
          && values.has(override.path("inputKey").asText())) {
        variables.set(path.substring("variables.".length()), values.get(override.path("inputKey").asText()).deepCopy());
      }
    }
  }

  private String checkValue(JsonNode field, JsonNode value, JsonNode schema) {
    String type = field.path("type").asText();
    if (field.path("validationRegex").isTextual() && value.isTextual()) {
      String regex = field.path("validationRegex").asText();
      try {
        if (!Pattern.compile(regex).matcher(value.asText()).matches()) {
          return "'" + value.asText() + "' does not match validationRegex " + regex;
        }
      } catch (PatternSyntaxException e) {
        return "validationRegex " + regex + " is not a regular expression";
      }
    }
    boolean optionsFromState = false;
    for (JsonNode override : schema.path("inputOverrides")) {
      optionsFromState |= override.path("type").asText().equals("OPTION")
          && override.path("inputKey").asText().equals(field.path("key").asText());
    }
    if ((type.equals("SELECT_FIELD") || type.equals("MULTISELECT_FIELD")) && !optionsFromState
        && !field.path("allowAdditionalOptions").asBoolean(false)) {
      Set<String> options = new HashSet<>();
      field.path("options").forEach(o -> options.add(o.asText()));
      List<JsonNode> chosen = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(chosen::add);
      } else {
        chosen.add(value);
      }
      for (JsonNode choice : chosen) {
        if (!options.contains(choice.asText())) {
          return "'" + choice.asText() + "' is none of the options " + field.path("options");
        }
      }
    }
    if (type.equals("NUMBER_FIELD") && value.isNumber()) {
      if (field.path("min").isNumber() && value.decimalValue().compareTo(field.get("min").decimalValue()) < 0) {
        return value.asText() + " is below min " + field.get("min").asText();
      }
      if (field.path("max").isNumber() && value.decimalValue().compareTo(field.get("max").decimalValue()) > 0) {
        return value.asText() + " is above max " + field.get("max").asText();
      }
    }
    return null;
  }

  private Step scaffolder(String slug, JsonNode schema, List<String> next) throws EvaluationException {
    ObjectNode request = renderFields(schema);
    ObjectNode values = Json.object();
    applyValueOverrides(schema, values);
    input.inputs().getOrDefault(slug, Map.of()).entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> values.set(e.getKey(), Json.toNode(e.getValue())));
    Answer answer = input.answers().get(slug);
    if (answer != null && answer.error().isPresent()) {
      return Step.failed(answer.error().get(), request);
    }
    if (answer != null && answer.outputs().isPresent() && Json.toNode(answer.outputs().get()) instanceof ObjectNode given) {
      values.setAll(given);
    }
    return Step.done(values, request, next);
  }
}
