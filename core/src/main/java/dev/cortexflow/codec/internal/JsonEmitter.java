package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a JSON value tree as pretty JSON: two-space indentation, {@code \n} line ends and a final newline. */
final class JsonEmitter {
  private final StringBuilder out = new StringBuilder(4096);

  private JsonEmitter() {}

  static String emit(JsonValue root) {
    JsonEmitter emitter = new JsonEmitter();
    emitter.value(root, 0);
    return emitter.out.append('\n').toString();
  }

  private void value(JsonValue value, int indent) {
    if (value instanceof JsonValue.JsonObject o) {
      object(o.members(), indent);
    } else if (value instanceof JsonValue.JsonArray a) {
      array(a.values(), indent);
    } else if (value instanceof JsonValue.JsonString s) {
      string(s.value());
    } else if (value instanceof JsonValue.JsonNumber n) {
      out.append(Numbers.render(n.value()));
    } else if (value instanceof JsonValue.JsonBoolean b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  private void object(Map<String, JsonValue> members, int indent) {
    if (members.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    Iterator<Map.Entry<String, JsonValue>> it = members.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonValue> e = it.next();
      indent(indent + 2);
      string(e.getKey());
      out.append(": ");
      value(e.getValue(), indent + 2);
      out.append(it.hasNext() ? ",\n" : "\n");
    }
    indent(indent);
    out.append('}');
  }

  private void array(List<JsonValue> items, int indent) {
    if (items.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < items.size(); i++) {
      indent(indent + 2);
      value(items.get(i), indent + 2);
      out.append(i + 1 < items.size() ? ",\n" : "\n");
    }
    indent(indent);
    out.append(']');
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !validPair(s, i)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private void indent(int n) {
    for (int i = 0; i < n; i++) {
      out.append(' ');
    }
  }
}
