package dev.cortexflow.engine.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cortexflow.engine.Answer;
import dev.cortexflow.engine.RunInput;
import dev.cortexflow.model.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads scenario files:
 *
 * <pre>{@code
 * workflow: ../workflows/deploy.yaml      # descriptor, relative to this file
 * environment: production                 # optional: the descriptor must be rendered for this environment
 * entity: {tag: payments, name: Payments}  # context.entity
 * initialContext: {version: "2.4.0"}      # seeds same-named variables
 * secrets: {deployer_token: s3cret}        # context.secrets.<tag>
 * initiatedBy: {email: a@example.com, name: A}
 * inputs: {choose: {version: 1.2.3}}       # USER_INPUT / SCAFFOLDER values, by block slug
 * approvals: {approve: APPROVED}           # or REJECTED
 * responses:                               # what the other side answers, by block slug
 *   fetch: {status: 200, body: {}, headers: {}}
 *   deploy: {status: 202, callback: {status: SUCCESS, response: {}}}   # no callback: the run stays PAUSED
 *   notify: {outputs: {}}                  # {error: "text"} makes the block fail
 * defaultAnswers: false                    # true: blocks without an answer get the engine's default one
 * expect: {status: COMPLETED, failure: "…", executed: [], notExecuted: [], variables: {}, outputs: {},
 *          requests: {}, runResponse: "…"}
 * }</pre>
 *
 * A file that is not such a scenario is refused with a {@link ScenarioException} naming the file and the key.
 */
public final class ScenarioReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private static final long MAX_BYTES = 4L * 1024 * 1024;
  private static final Set<String> TOP = Set.of("workflow", "environment", "entity", "initialContext", "secrets", "initiatedBy",
      "inputs", "approvals", "responses", "defaultAnswers", "workflowRunId", "expect");
  private static final Set<String> RESPONSE = Set.of("status", "body", "headers", "callback", "outputs", "error");
  private static final Set<String> CALLBACK = Set.of("status", "message", "response");
  private static final Set<String> EXPECT = Set.of("status", "failure", "executed", "notExecuted", "variables",
      "outputs", "requests", "runResponse");
  private static final Pattern ENVIRONMENT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Set<String> STATUSES = Set.of("COMPLETED", "FAILED", "PAUSED");

  private ScenarioReader() {}

  /**
   * Reads one scenario file.
   *
   * @throws ScenarioException when the file cannot be read or a key is missing, unknown or of the wrong kind
   */
  public static Scenario read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads one scenario file, named {@code name} in messages.
   *
   * @throws ScenarioException when the file cannot be read or a key is missing, unknown or of the wrong kind
   */
  public static Scenario read(Path file, String name) {
    JsonNode root;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ScenarioException(name, "", "larger than 4 MB; a scenario file describes one run");
      }
      root = YAML.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new ScenarioException(name, "", "not YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new ScenarioException(name, "", "cannot be read: " + e.getMessage());
    }
    return new ScenarioReader.Parse(file, name).scenario(root);
  }

  private record Parse(Path file, String name) {
    ScenarioException bad(String key, String problem) {
      return new ScenarioException(name, key, problem);
    }

    Scenario scenario(JsonNode root) {
      if (root == null || !root.isObject()) {
        throw bad("", "must be a mapping with 'workflow' and 'expect' (see the README, 'Scenario files')");
      }
      known(root, "", TOP);
      JsonNode workflowKey = root.path("workflow");
      if (!workflowKey.isTextual() || workflowKey.asText().isBlank()) {
        throw bad("workflow", "missing: name the descriptor to run, relative to this file");
      }
      Path folder = file.toAbsolutePath().getParent();
      Path workflow = folder.resolve(workflowKey.asText()).normalize();
      Optional<String> environment = Optional.empty();
      if (root.has("environment")) {
        String named = text(root.get("environment"), "environment");
        if (!ENVIRONMENT.matcher(named).matches()) {
          throw bad("environment", "'" + named + "' is no environment name: use lower-case words joined by hyphens,"
              + " e.g. staging");
        }
        environment = Optional.of(named);
      }
      RunInput.Builder input = RunInput.builder();
      object(root, "entity").ifPresent(e -> input.entity(value(e)));
      object(root, "initiatedBy").ifPresent(e -> input.initiatedBy(value(e)));
      object(root, "initialContext").ifPresent(o -> fields(o).forEach((k, v) -> input.initialContext(k, value(v))));
      object(root, "secrets").ifPresent(o -> fields(o).forEach((k, v) -> {
        if (!v.isValueNode() || v.isNull()) {
          throw bad("secrets." + k, "must be a text value");
        }
        input.secret(k, v.asText());
      }));
      object(root, "inputs").ifPresent(o -> fields(o).forEach((slug, values) -> {
        if (!values.isObject()) {
          throw bad("inputs." + slug, "must map input keys to values, e.g. {version: 1.2.3}");
        }
        fields(values).forEach((k, v) -> input.input(slug, k, value(v)));
      }));
      object(root, "approvals").ifPresent(o -> fields(o).forEach((slug, v) -> {
        String decision = v.asText();
        if (!v.isTextual() || !(decision.equals("APPROVED") || decision.equals("REJECTED"))) {
          throw bad("approvals." + slug, "must be APPROVED or REJECTED");
        }
        input.approval(slug, decision.equals("APPROVED"));
      }));
      object(root, "responses").ifPresent(o -> fields(o).forEach((slug, v) -> input.answer(slug, answer(slug, v))));
      if (root.has("defaultAnswers")) {
        if (!root.get("defaultAnswers").isBoolean()) {
          throw bad("defaultAnswers", "must be true or false");
        }
        input.defaultAnswers(root.get("defaultAnswers").asBoolean());
      }
      if (root.has("workflowRunId")) {
        input.workflowRunId(text(root.get("workflowRunId"), "workflowRunId"));
      }
      JsonNode expect = object(root, "expect").orElseThrow(() ->
          bad("expect", "missing: say what must happen, e.g. expect: {status: COMPLETED}"));
      return new Scenario(file, name, workflow, environment, input.build(), expectations(expect));
    }

    Answer answer(String slug, JsonNode node) {
      String at = "responses." + slug;
      if (!node.isObject()) {
        throw bad(at, "must be a mapping of status, body, headers, callback, outputs or error");
      }
      known(node, at, RESPONSE);
      if (node.has("error")) {
        return Answer.error(text(node.get("error"), at + ".error"));
      }
      Answer answer;
      if (node.has("outputs")) {
        if (!node.get("outputs").isObject()) {
          throw bad(at + ".outputs", "must be a mapping (the block's outputs)");
        }
        answer = Answer.outputs(value(node.get("outputs")));
      } else {
        int status = 200;
        if (node.has("status")) {
          JsonNode s = node.get("status");
          if (!s.canConvertToInt() || !s.isIntegralNumber() || s.asInt() < 100 || s.asInt() > 599) {
            throw bad(at + ".status", "must be an HTTP status from 100 to 599");
          }
          status = s.asInt();
        }
        answer = node.has("body") ? Answer.http(status, value(node.get("body"))) : Answer.http(status);
      }
      if (node.has("headers")) {
        Map<String, String> headers = new LinkedHashMap<>();
        fields(objectAt(node.get("headers"), at + ".headers")).forEach((k, v) -> headers.put(k, v.asText()));
        answer = answer.withHeaders(headers);
      }
      if (node.has("callback")) {
        JsonNode callback = objectAt(node.get("callback"), at + ".callback");
        known(callback, at + ".callback", CALLBACK);
        String status = text(callback.path("status"), at + ".callback.status");
        String message = callback.has("message") ? text(callback.get("message"), at + ".callback.message") : "";
        answer = answer.withCallback(status, message,
            callback.has("response") ? value(callback.get("response")) : JsonValue.object(Map.of()));
      }
      return answer;
    }

    Expectations expectations(JsonNode expect) {
      known(expect, "expect", EXPECT);
      Optional<String> status = Optional.empty();
      if (expect.has("status")) {
        String s = expect.get("status").asText();
        if (!STATUSES.contains(s)) {
          throw bad("expect.status", "must be COMPLETED, FAILED or PAUSED, not '" + s + "'");
        }
        status = Optional.of(s);
      }
      Optional<String> failure = expect.has("failure") ? Optional.of(text(expect.get("failure"), "expect.failure"))
          : Optional.empty();
      Optional<List<String>> executed = expect.has("executed") ? Optional.of(slugs(expect.get("executed"),
          "expect.executed")) : Optional.empty();
      List<String> notExecuted = expect.has("notExecuted") ? slugs(expect.get("notExecuted"), "expect.notExecuted")
          : List.of();
      Optional<String> runResponse = expect.has("runResponse")
          ? Optional.of(text(expect.get("runResponse"), "expect.runResponse")) : Optional.empty();
      return new Expectations(status, failure, executed, notExecuted, values(expect, "variables"),
          values(expect, "outputs"), values(expect, "requests"), runResponse);
    }

    Map<String, JsonValue> values(JsonNode expect, String key) {
      Map<String, JsonValue> values = new LinkedHashMap<>();
      if (expect.has(key)) {
        fields(objectAt(expect.get(key), "expect." + key)).forEach((k, v) -> values.put(k, value(v)));
      }
      return values;
    }

    List<String> slugs(JsonNode node, String at) {
      if (!node.isArray()) {
        throw bad(at, "must be a list of block slugs");
      }
      List<String> slugs = new ArrayList<>();
      node.forEach(n -> slugs.add(text(n, at)));
      return slugs;
    }

    Optional<JsonNode> object(JsonNode root, String key) {
      if (!root.has(key) || root.get(key).isNull()) {
        return Optional.empty();
      }
      return Optional.of(objectAt(root.get(key), key));
    }

    JsonNode objectAt(JsonNode node, String at) {
      if (!node.isObject()) {
        throw bad(at, "must be a mapping");
      }
      return node;
    }

    String text(JsonNode node, String at) {
      if (!node.isValueNode() || node.isNull()) {
        throw bad(at, "must be a text value");
      }
      return node.asText();
    }

    void known(JsonNode node, String at, Set<String> keys) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!keys.contains(name)) {
          throw bad(at.isEmpty() ? name : at + "." + name, "unknown key; known: "
              + String.join(", ", keys.stream().sorted().toList()));
        }
      }
    }
  }

  private static Map<String, JsonNode> fields(JsonNode node) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    node.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue()));
    return fields;
  }

  private static JsonValue value(JsonNode node) {
    try {
      return JsonValue.from(YAML.treeToValue(node, Object.class));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return JsonValue.of(node.asText());
    }
  }
}
