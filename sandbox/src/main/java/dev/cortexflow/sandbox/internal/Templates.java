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
  private static final Pattern TAG =
      Pattern.compile("\\{\\{\\{\\s*([^{}]+?)\\s*}}}|\\{\\{\\s*(&?)\\s*([^#^/!>{}&][^{}]*?)\\s*}}");

  private Templates() {}

  static String render(String template, JsonNode state) {
    Matcher matcher = TAG.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      boolean raw = matcher.group(1) != null || !matcher.group(2).isEmpty();
      String path = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
      String value = text(StatePath.resolve(state, path));
      matcher.appendReplacement(out, Matcher.quoteReplacement(raw ? value : escape(value)));
    }
    matcher.appendTail(out);
    return out.toString();
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
