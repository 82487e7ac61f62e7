package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simple part of Mustache: {@code {{path}}} (HTML-escaped), {@code {{{path}}}} and {@code {{&path}}}
 * (raw). A missing value renders as nothing, as in Mustache. Sections, inverted sections, partials and
 * comments are left exactly as written.
 */
final class Templates {
  private static final Pattern TAG = Pattern.compile("\\{\\{\\{(.*?)}}}|\\{\\{(.*?)}}", Pattern.DOTALL);

  private Templates() {}

  static String render(String template, JsonNode state) {
    Matcher matcher = TAG.matcher(template);
    StringBuilder out = new StringBuilder();
    int sectionDepth = 0;
    while (matcher.find()) {
      String replacement = matcher.group();
      if (matcher.group(1) != null) {
        if (sectionDepth == 0) {
          replacement = value(state, matcher.group(1));
        }
      } else {
        String tag = matcher.group(2).trim();
        char kind = tag.isEmpty() ? ' ' : tag.charAt(0);
        if (kind == '#' || kind == '^') {
          sectionDepth++;
        } else if (kind == '/') {
          sectionDepth = Math.max(0, sectionDepth - 1);
        } else if (kind != '!' && kind != '>' && kind != '=' && sectionDepth == 0) {
          replacement = kind == '&' ? value(state, tag.substring(1)) : escape(value(state, tag));
        }
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String value(JsonNode state, String path) {
    String trimmed = path.trim();
    return trimmed.equals(".") ? "" : text(StatePath.resolve(state, trimmed));
  }

  /** A copy of {@code node} with every string rendered. */
  static JsonNode renderAll(JsonNode node, JsonNode state) {
    if (node.isTextual()) {
      return Codec.NODES.textNode(render(node.asText(), state));
    }
    if (node.isObject()) {
      ObjectNode copy = Codec.object();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        copy.set(field.getKey(), renderAll(field.getValue(), state));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = Codec.NODES.arrayNode();
      node.forEach(item -> copy.add(renderAll(item, state)));
      return copy;
    }
    return node.deepCopy();
  }

  private static String text(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return "";
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }
}
