package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON value tree as block-style YAML: two-space indentation, sequences at their key's indentation (as
 * Cortex exports them), literal blocks for multi-line text, {@code \n} line ends and a final newline.
 */
final class YamlEmitter {
  private static final String SPACES = " ".repeat(64);
  private final StringBuilder out;

  private YamlEmitter(StringBuilder out) {
    this.out = out;
  }

  static String emit(JsonValue.JsonObject root, String preamble) {
    StringBuilder out = new StringBuilder(4096);
    if (preamble != null) {
      out.append(preamble).append('\n');
    }
    YamlEmitter emitter = new YamlEmitter(out);
    if (root.members().isEmpty()) {
      out.append("{}\n");
    } else {
      emitter.mapping(root.members(), 0, false);
    }
    return out.toString();
  }

  private void mapping(Map<String, JsonValue> members, int indent, boolean inlineFirst) {
    boolean first = true;
    for (Map.Entry<String, JsonValue> e : members.entrySet()) {
      if (!(first && inlineFirst)) {
        indent(indent);
      }
      first = false;
      out.append(key(e.getKey())).append(':');
      afterKey(e.getValue(), indent);
    }
  }

  private void afterKey(JsonValue value, int indent) {
    if (value instanceof JsonValue.JsonObject o && !o.members().isEmpty()) {
      out.append('\n');
      mapping(o.members(), indent + 2, false);
    } else if (value instanceof JsonValue.JsonArray a && !a.values().isEmpty()) {
      out.append('\n');
      sequence(a.values(), indent);
    } else {
      out.append(' ');
      scalar(value, indent + 2);
    }
  }

  private void sequence(List<JsonValue> items, int indent) {
    for (JsonValue item : items) {
      indent(indent);
      out.append('-');
      if (item instanceof JsonValue.JsonObject o && !o.members().isEmpty()) {
        out.append(' ');
        mapping(o.members(), indent + 2, true);
      } else if (item instanceof JsonValue.JsonArray a && !a.values().isEmpty()) {
        out.append('\n');
        sequence(a.values(), indent + 2);
      } else {
        out.append(' ');
        scalar(item, indent + 2);
      }
    }
  }

  /** Writes a scalar or an empty collection, then the line end; block content goes at {@code contentIndent}. */
  private void scalar(JsonValue value, int contentIndent) {
    if (value instanceof JsonValue.JsonString s) {
      string(s.value(), contentIndent);
      return;
    }
    if (value instanceof JsonValue.JsonObject) {
      out.append("{}");
    } else if (value instanceof JsonValue.JsonArray) {
      out.append("[]");
    } else if (value instanceof JsonValue.JsonNumber n) {
      out.append(Numbers.render(n.value()));
    } else if (value instanceof JsonValue.JsonBoolean b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
    out.append('\n');
  }

  private void string(String s, int contentIndent) {
    if (YamlScalars.isPlainSafe(s)) {
      out.append(s).append('\n');
    } else if (YamlScalars.isLiteralSafe(s)) {
      out.append('|').append(YamlScalars.chomping(s)).append('\n');
      String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
      int start = 0;
      while (start <= body.length()) {
        int end = body.indexOf('\n', start);
        if (end < 0) {
          end = body.length();
        }
        if (end > start) {
          indent(contentIndent);
          out.append(body, start, end);
        }
        out.append('\n');
        start = end + 1;
      }
    } else {
      out.append(YamlScalars.doubleQuoted(s)).append('\n');
    }
  }

  private static String key(String key) {
    return YamlScalars.isPlainSafe(key) ? key : YamlScalars.doubleQuoted(key);
  }

  private void indent(int n) {
    if (n <= SPACES.length()) {
      out.append(SPACES, 0, n);
    } else {
      out.append(" ".repeat(n));
    }
  }
}
