package dev.cortexflow.client.http;

import dev.cortexflow.expr.Expr;
import dev.cortexflow.expr.HasRef;
import dev.cortexflow.expr.Template;
import dev.cortexflow.model.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object for the {@code payload} of a Cortex HTTP block whose values are literal JSON or references: a
 * reference is written as a JSON string holding its unescaped Mustache tag ({@code "{{{actions.x.outputs.y}}}"}),
 * or bare with {@link #putJson(String, HasRef)} for numbers, booleans and objects; literals are written by Jackson.
 * Members keep their insertion order, so the same calls give the same bytes. The rendered {@link Template} keeps
 * the references, so the validator sees what the payload reads.
 */
public final class JsonPayload {

  private final Map<String, Object> members = new LinkedHashMap<>();

  private record Quoted(HasRef ref) {}

  private record Bare(HasRef ref) {}

  /** Adds a member holding plain Java data or a {@link JsonValue}; throws when the key is already set. */
  public JsonPayload put(String key, Object literal) {
    return add(key, JsonValue.from(literal));
  }

  /** Adds a member holding a reference, rendered as a JSON string ({@code "{{{path}}}"}). */
  public JsonPayload put(String key, HasRef ref) {
    return add(key, new Quoted(Objects.requireNonNull(ref, key)));
  }

  /** Adds a member holding a reference, rendered bare ({@code {{{path}}}}), for a number, boolean or object. */
  public JsonPayload putJson(String key, HasRef ref) {
    return add(key, new Bare(Objects.requireNonNull(ref, key)));
  }

  /** Adds a nested object. */
  public JsonPayload put(String key, JsonPayload object) {
    return add(key, Objects.requireNonNull(object, key));
  }

  /** Whether no member is set. */
  public boolean isEmpty() {
    return members.isEmpty();
  }

  private JsonPayload add(String key, Object value) {
    Objects.requireNonNull(key, "key");
    if (members.putIfAbsent(key, value) != null) {
      throw new IllegalStateException("payload member '" + key + "' is already set");
    }
    return this;
  }

  /** The payload as text with its references, e.g. {@code {"name":"x","id":"{{{actions.a.outputs.id}}}"}}. */
  public Template toTemplate() {
    StringBuilder pattern = new StringBuilder();
    List<HasRef> refs = new ArrayList<>();
    write(pattern, refs);
    return Expr.rawTemplate(pattern.toString(), refs.toArray(HasRef[]::new));
  }

  private void write(StringBuilder pattern, List<HasRef> refs) {
    if (members.isEmpty()) {
      pattern.append(Template.escape("{}"));   // a bare {} would be a placeholder
      return;
    }
    pattern.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : members.entrySet()) {
      if (!first) {
        pattern.append(',');
      }
      first = false;
      pattern.append(literal(e.getKey())).append(':');
      Object value = e.getValue();
      if (value instanceof Quoted q) {
        pattern.append("\"{}\"");
        refs.add(q.ref());
      } else if (value instanceof Bare b) {
        pattern.append("{}");
        refs.add(b.ref());
      } else if (value instanceof JsonPayload nested) {
        nested.write(pattern, refs);
      } else {
        pattern.append(literal(((JsonValue) value).toJava()));
      }
    }
    pattern.append('}');
  }

  private static String literal(Object value) {
    return Template.escape(JsonData.write(value));
  }
}
