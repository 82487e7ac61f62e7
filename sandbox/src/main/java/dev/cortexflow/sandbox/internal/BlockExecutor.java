package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one block symbolically: nothing leaves the machine. Requests are recorded with their Mustache
 * templates rendered; outputs are what the sandbox can know without the remote side (see the
 * {@code CortexSandbox} Javadoc for the rules per block type).
 */
final class BlockExecutor {
  private static final Pattern JQ_ERROR = Pattern.compile("^\\s*error\\(\\s*\"(.*)\"\\s*\\)\\s*$");

  private final String baseUrl;
  private final java.time.Clock clock;

  BlockExecutor(String baseUrl, java.time.Clock clock) {
    this.baseUrl = baseUrl;
    this.clock = clock;
  }

  /** Executes {@code block} of {@code run}; returns the slugs to continue with (none when paused or failed). */
  List<String> execute(Run run, JsonNode block, BlockState state) {
    JsonNode schema = block.path("schema");
    ObjectNode outputs = Codec.object();
    switch (state.type) {
      case "HTTP_REQUEST":
        state.request = Optional.of(httpRequest(schema, run.state));
        outputs.putNull("body");
        break;
      case "HTTP_REQUEST_ASYNC":
        String callbackId = CallbackIds.encode(run.id, state.slug);
        String callbackUrl =
            baseUrl + "/api/v1/workflows/" + run.workflow.id() + "/callback/" + callbackId;
        ObjectNode withCallback = run.state.deepCopy();
        withCallback.put("callbackUrl", callbackUrl);
        state.request = Optional.of(httpRequest(schema, withCallback));
        state.callbackId = Optional.of(callbackId);
        state.callbackUrl = Optional.of(callbackUrl);
        state.status = BlockState.Status.PAUSED;
        JsonNode timeout = schema.path("timeoutInSeconds");
        if (timeout.canConvertToInt() && timeout.asInt() > 0) {
          state.timeoutSeconds = timeout.asInt();
          state.deadline = Optional.of(clock.instant().plusSeconds(timeout.asInt()));
        }
        record(run, state);
        return List.of();
      case "JQ":
        return jq(run, schema, state, outputs);
      case "CONDITIONAL_BRANCH":
        return branch(run, schema, state);
      case "SET_VARIABLES":
        setVariables(run, schema);
        break;
      case "USER_INPUT":
        userInput(run, schema, outputs);
        break;
      case "MANUAL_APPROVAL":
        outputs.put("approved", true);
        break;
      case "JAVASCRIPT":
        break;
      default:
        ObjectNode request = (ObjectNode) Templates.renderAll(schema, run.state);
        request.remove("type");
        state.request = Optional.of(request);
    }
    state.outputs = Optional.of(outputs);
    state.status = BlockState.Status.COMPLETED;
    record(run, state);
    return successors(block);
  }

  static List<String> successors(JsonNode block) {
    List<String> next = new ArrayList<>();
    block.path("outgoingActions").forEach(n -> next.add(n.asText()));
    return next;
  }

  /** Makes the block's inputs and outputs visible to later blocks as {@code actions.<slug>}. */
  static void record(Run run, BlockState state) {
    ObjectNode entry = run.actionsState().putObject(state.slug);
    entry.set("inputs", state.request.<JsonNode>map(JsonNode::deepCopy).orElse(Codec.object()));
    entry.set("outputs", state.outputs.<JsonNode>map(JsonNode::deepCopy).orElse(Codec.object()));
  }

  private static ObjectNode httpRequest(JsonNode schema, JsonNode templateState) {
    ObjectNode request = Codec.object();
    request.put("method", schema.path("httpMethod").asText("GET"));
    request.put("url", Templates.render(schema.path("url").asText(""), templateState));
    request.set("headers", Templates.renderAll(schema.path("headers").isObject() ? schema.get("headers") : Codec.object(), templateState));
    JsonNode payload = schema.path("payload");
    if (payload.isTextual()) {
      request.put("payload", Templates.render(payload.asText(), templateState));
    }
    if (schema.path("integrationAlias").isTextual()) {
      request.put("integrationAlias", schema.get("integrationAlias").asText());
    }
    return request;
  }

  private static List<String> jq(Run run, JsonNode schema, BlockState state, ObjectNode outputs) {
    String expression = schema.path("expression").asText(".");
    Matcher error = JQ_ERROR.matcher(expression);
    if (error.matches()) {
      state.status = BlockState.Status.FAILED;
      state.error = Optional.of(error.group(1));
      run.failure = state.error;
      record(run, state);
      return List.of();
    }
    if (expression.trim().equals(".")) {
      // the run state without earlier outputs, so that chains of pass-through blocks stay small
      ObjectNode result = run.state.deepCopy();
      result.remove("actions");
      outputs.set("result", result);
    } else {
      JsonNode value = StatePath.resolve(run.state, expression);
      outputs.set("result", value.isMissingNode() ? Codec.NODES.nullNode() : value.deepCopy());
    }
    state.outputs = Optional.of(outputs);
    state.status = BlockState.Status.COMPLETED;
    record(run, state);
    return successors(run.definitions.get(state.slug));
  }

  private static List<String> branch(Run run, JsonNode schema, BlockState state) {
    ObjectNode outputs = Codec.object();
    Optional<String> target = Optional.empty();
    String taken = null;
    for (JsonNode path : schema.path("branches")) {
      if (Conditions.evaluate(path.path("expression").asText(""), run.state).orElse(false)) {
        taken = path.path("slug").asText();
        target = text(path.path("outgoingAction"));
        break;
      }
    }
    JsonNode fallback = schema.path("fallbackBranch");
    if (taken == null && fallback.isObject()) {
      taken = fallback.path("slug").asText();
      target = text(fallback.path("outgoingAction"));
    }
    if (target.isEmpty()) {
      // no path taken, or an empty path: execution continues after the branch
      target = text(schema.path("joiningAction"));
    }
    if (taken != null) {
      outputs.put("branch", taken);
    } else {
      outputs.putNull("branch");
    }
    state.outputs = Optional.of(outputs);
    state.status = BlockState.Status.COMPLETED;
    record(run, state);
    return target.map(List::of).orElse(List.of());
  }

  private static void setVariables(Run run, JsonNode schema) {
    for (JsonNode assignment : schema.path("variables")) {
      JsonNode source = assignment.path("source");
      if (source.path("type").asText().equals("REFERENCE")) {
        JsonNode value = StatePath.resolve(run.state, source.path("path").asText(""));
        run.variables().set(
            assignment.path("slug").asText(), value.isMissingNode() ? Codec.NODES.nullNode() : value.deepCopy());
      }
    }
  }

  private static void userInput(Run run, JsonNode schema, ObjectNode outputs) {
    for (JsonNode input : schema.path("inputs")) {
      String key = input.path("key").asText();
      JsonNode fallback = input.path("defaultValue");
      outputs.set(key, fallback.isMissingNode() ? Codec.NODES.nullNode() : fallback.deepCopy());
    }
    for (JsonNode override : schema.path("inputOverrides")) {
      if (override.path("type").asText().equals("VALUE")) {
        JsonNode value = StatePath.resolve(run.state, override.path("outputVariable").asText(""));
        if (!value.isMissingNode()) {
          outputs.set(override.path("inputKey").asText(), value.deepCopy());
        }
      }
    }
    for (JsonNode input : schema.path("inputs")) {
      String key = input.path("key").asText();
      if (run.initialContext.has(key)) {
        outputs.set(key, run.initialContext.get(key).deepCopy());
      }
    }
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }
}
