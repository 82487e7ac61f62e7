package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.validate.ViolationCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds strings and keys that hold a lone surrogate (written as a {@code \}{@code uD800} escape in YAML or JSON):
 * such a string is no Unicode text, cannot be written as UTF-8 and means nothing to Cortex. Each is reported as
 * an {@code INVALID_VALUE} error at its JSON pointer and read with U+FFFD in place of the lone surrogate.
 */
final class LoneSurrogates {

  private LoneSurrogates() {}

  /** The tree with every lone surrogate replaced, each reported to {@code issues}. */
  static Node.MapNode replace(Node.MapNode root, Issues issues) {
    return (Node.MapNode) node(root, "", issues);
  }

  private static Node node(Node node, String pointer, Issues issues) {
    if (node instanceof Node.MapNode map) {
      Map<String, Node> members = new LinkedHashMap<>();
      boolean changed = false;
      for (Map.Entry<String, Node> member : map.members().entrySet()) {
        String key = replaced(member.getKey());
        String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
        if (find(member.getKey()) >= 0) {
          report(issues, at, "the key", member.getKey());
        }
        Node value = node(member.getValue(), at, issues);
        changed |= value != member.getValue() || !key.equals(member.getKey());
        members.putIfAbsent(key, value);
      }
      return changed ? new Node.MapNode(members, map.line(), map.column()) : map;
    }
    if (node instanceof Node.ListNode list) {
      List<Node> items = new ArrayList<>(list.items().size());
      boolean changed = false;
      for (int i = 0; i < list.items().size(); i++) {
        Node item = node(list.items().get(i), pointer + "/" + i, issues);
        changed |= item != list.items().get(i);
        items.add(item);
      }
      return changed ? new Node.ListNode(items, list.line(), list.column()) : list;
    }
    Node.ScalarNode scalar = (Node.ScalarNode) node;
    if (scalar.value() instanceof JsonValue.JsonString s && find(s.value()) >= 0) {
      report(issues, pointer, "the string", s.value());
      String text = replaced(s.value());
      return new Node.ScalarNode(JsonValue.of(text), text, scalar.line(), scalar.column());
    }
    return scalar;
  }

  private static void report(Issues issues, String pointer, String what, String text) {
    int at = find(text);
    issues.error(ViolationCode.INVALID_VALUE, pointer, what + " holds a lone surrogate "
        + String.format("U+%04X", (int) text.charAt(at)) + " at character " + (at + 1)
        + ", which is no Unicode text; remove it or write the whole character");
  }

  /** The index of the first lone surrogate, or -1. */
  private static int find(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String replaced(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}
