package dev.cortexflow.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;
import net.thisptr.jackson.jq.exception.JsonQueryUserException;

/** jq programs (JQ blocks) through jackson-jq, each compiled once. Thread-safe. */
public final class JqEvaluator {
  private final Scope root = Builtins.ROOT;
  private final Map<String, Compiled> programs = new ConcurrentHashMap<>();

  /** jq's builtin functions, loaded once per class loader: the scope is only read after that. */
  private static final class Builtins {
    static final Scope ROOT = Scope.newEmptyScope();

    static {
      BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, ROOT);
    }
  }

  /** The number of distinct programs compiled so far. */
  public int compiled() {
    return programs.size();
  }

  private record Compiled(JsonQuery query, String error) {}

  /**
   * Runs {@code program} over {@code input}: its single output, {@code null} for none, an array for several.
   *
   * @throws EvaluationException naming the problem; for {@code error("…")} the message is exactly the text
   */
  public JsonNode evaluate(String program, JsonNode input) throws EvaluationException {
    Compiled compiled = programs.computeIfAbsent(program, JqEvaluator::compile);
    if (compiled.error() != null) {
      throw new EvaluationException(compiled.error());
    }
    List<JsonNode> out = new ArrayList<>(1);
    try {
      compiled.query().apply(Scope.newChildScope(root), input, out::add);
    } catch (JsonQueryUserException e) {
      throw new EvaluationException(userMessage(e));
    } catch (JsonQueryException e) {
      throw new EvaluationException("jq: " + oneLine(e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      throw new EvaluationException("jq: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
    }
    if (out.isEmpty()) {
      return Json.NODES.nullNode();
    }
    if (out.size() == 1) {
      return out.get(0).deepCopy();
    }
    return Json.NODES.arrayNode().addAll(out).deepCopy();
  }

  private static String userMessage(JsonQueryUserException e) {
    JsonNode value = e.getMessageAsJsonNode();
    if (value != null && value.isTextual()) {
      return value.textValue();
    }
    return value == null ? oneLine(e.getMessage()) : Json.text(value);
  }

  private static Compiled compile(String program) {
    try {
      return new Compiled(JsonQuery.compile(program, Versions.JQ_1_6), null);
    } catch (JsonQueryException | RuntimeException e) {
      return new Compiled(null, "jq expression does not compile: " + oneLine(e.getMessage()));
    }
  }

  static String oneLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
