package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.validate.ViolationCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the members of one descriptor object, reporting missing and wrongly typed fields instead of throwing, and
 * hands back the keys nobody asked for as extensions.
 */
final class Fields {
  private final Node.MapNode node;
  private final String pointer;
  private final String where;
  private final Issues issues;
  private final Set<String> used = new HashSet<>();

  Fields(Node.MapNode node, String pointer, String where, Issues issues) {
    this.node = node;
    this.pointer = pointer;
    this.where = where;
    this.issues = issues;
  }

  String pointer() {
    return pointer;
  }

  String where() {
    return where;
  }

  Issues issues() {
    return issues;
  }

  String pointer(String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The value of a key, marking it read; empty when absent or null (reported when required). */
  Optional<Node> get(String key, Need need) {
    used.add(key);
    Node value = node.members().get(key);
    if (value == null || value instanceof Node.ScalarNode s && s.isNull()) {
      if (need == Need.REQUIRED) {
        issues.error(ViolationCode.MISSING_FIELD, pointer(key), where + ": missing required field '" + key + "'");
      }
      return Optional.empty();
    }
    return Optional.of(value);
  }

  boolean isPresent(String key) {
    return node.members().containsKey(key);
  }

  Optional<String> optString(String key) {
    return get(key, Need.OPTIONAL).flatMap(v -> text(key, v));
  }

  String string(String key, Need need) {
    return get(key, need).flatMap(v -> text(key, v)).orElse("");
  }

  private Optional<String> text(String key, Node value) {
    if (value instanceof Node.ScalarNode s) {
      if (s.value() instanceof JsonValue.JsonString str) {
        return Optional.of(str.value());
      }
      issues.warning(ViolationCode.INVALID_VALUE, pointer(key), where + ": '" + key + "' should be a string, got "
          + s.kind() + " " + s.text() + "; read as '" + s.text() + "'");
      return Optional.of(s.text());
    }
    wrongType(key, "a string", value);
    return Optional.empty();
  }

  Optional<Boolean> optBool(String key, Need need) {
    return get(key, need).flatMap(v -> {
      if (v instanceof Node.ScalarNode s && s.value() instanceof JsonValue.JsonBoolean b) {
        return Optional.of(b.value());
      }
      wrongType(key, "a boolean (true or false)", v);
      return Optional.empty();
    });
  }

  boolean bool(String key, Need need, boolean fallback) {
    return optBool(key, need).orElse(fallback);
  }

  Optional<BigDecimal> optNumber(String key) {
    return get(key, Need.OPTIONAL).flatMap(v -> {
      if (v instanceof Node.ScalarNode s && s.value() instanceof JsonValue.JsonNumber n) {
        return Optional.of(n.value());
      }
      wrongType(key, "a number", v);
      return Optional.empty();
    });
  }

  Optional<Integer> optInt(String key) {
    return optNumber(key).flatMap(n -> {
      try {
        return Optional.of(n.intValueExact());
      } catch (ArithmeticException e) {
        issues.error(ViolationCode.INVALID_VALUE, pointer(key), where + ": '" + key
            + "' must be a whole number in 32-bit range, got " + n.toPlainString());
        return Optional.empty();
      }
    });
  }

  Optional<List<String>> optStrings(String key, Need need) {
    return get(key, need).flatMap(v -> {
      if (!(v instanceof Node.ListNode list)) {
        wrongType(key, "a list of strings", v);
        return Optional.empty();
      }
      List<String> out = new ArrayList<>(list.items().size());
      for (int i = 0; i < list.items().size(); i++) {
        Node item = list.items().get(i);
        if (item instanceof Node.ScalarNode s && !s.isNull()) {
          out.add(s.value() instanceof JsonValue.JsonString str ? str.value() : s.text());
        } else {
          issues.error(ViolationCode.INVALID_VALUE, pointer(key) + "/" + i, where + ": '" + key + "[" + i
              + "]' must be a string, got " + item.kind());
        }
      }
      return Optional.of(out);
    });
  }

  List<String> strings(String key, Need need) {
    return optStrings(key, need).orElse(List.of());
  }

  Map<String, String> stringMap(String key, Need need) {
    Optional<Node> value = get(key, need);
    Map<String, String> out = new LinkedHashMap<>();
    value.ifPresent(v -> {
      if (!(v instanceof Node.MapNode map)) {
        wrongType(key, "a mapping of strings", v);
        return;
      }
      map.members().forEach((k, item) -> {
        if (item instanceof Node.ScalarNode s && !s.isNull()) {
          out.put(k, s.value() instanceof JsonValue.JsonString str ? str.value() : s.text());
        } else {
          issues.error(ViolationCode.INVALID_VALUE, pointer(key) + "/" + k, where + ": '" + key + "." + k
              + "' must be a string, got " + item.kind());
        }
      });
    });
    return out;
  }

  Map<String, JsonValue> jsonMap(String key, Need need) {
    Map<String, JsonValue> out = new LinkedHashMap<>();
    get(key, need).ifPresent(v -> {
      if (v instanceof Node.MapNode map) {
        map.members().forEach((k, item) -> out.put(k, item.toJson()));
      } else {
        wrongType(key, "a mapping", v);
      }
    });
    return out;
  }

  /** Any JSON value; an explicit null counts as absent. */
  Optional<JsonValue> optJson(String key) {
    return get(key, Need.OPTIONAL).map(Node::toJson);
  }

  Optional<Fields> object(String key, Need need, String childWhere) {
    return get(key, need).flatMap(v -> {
      if (v instanceof Node.MapNode map) {
        return Optional.of(new Fields(map, pointer(key), childWhere, issues));
      }
      wrongType(key, "a mapping", v);
      return Optional.empty();
    });
  }

  /** Maps each object item of a list; non-object items are reported and skipped. */
  <T> List<T> objects(String key, Need need, BiFunction<Fields, Integer, T> reader) {
    List<T> out = new ArrayList<>();
    get(key, need).ifPresent(v -> {
      if (!(v instanceof Node.ListNode list)) {
        wrongType(key, "a list", v);
        return;
      }
      String listPointer = pointer(key);
      for (int i = 0; i < list.items().size(); i++) {
        Node item = list.items().get(i);
        String at = listPointer + "/" + i;
        if (item instanceof Node.MapNode map) {
          out.add(reader.apply(new Fields(map, at, where + " " + key + "[" + i + "]", issues), i));
        } else {
          issues.error(ViolationCode.INVALID_VALUE, at, where + ": '" + key + "[" + i + "]' must be a mapping, got "
              + item.kind());
        }
      }
    });
    return out;
  }

  /** A copy of this reader describing the object differently in messages. */
  Fields named(String newWhere) {
    Fields copy = new Fields(node, pointer, newWhere, issues);
    copy.used.addAll(used);
    return copy;
  }

  /** The keys not read so far, with their values, in file order. */
  Map<String, JsonValue> extensions() {
    Map<String, JsonValue> out = new LinkedHashMap<>();
    node.members().forEach((k, v) -> {
      if (!used.contains(k)) {
        out.put(k, v.toJson());
      }
    });
    return out;
  }

  void wrongType(String key, String expected, Node value) {
    String shown = value instanceof Node.ScalarNode s ? " " + quoteShort(s.text()) : "";
    issues.error(ViolationCode.INVALID_VALUE, pointer(key), where + ": '" + key + "' must be " + expected + ", got "
        + value.kind() + shown);
  }

  private static String quoteShort(String text) {
    return "'" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "'";
  }
}
