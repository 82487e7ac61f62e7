package dev.cortexflow.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Semantic form of a descriptor, for comparing two of them: {@code null} and absent are the same, fields at their
 * spec default are dropped (so "filled in" and "left out" compare equal), {@code actions} and {@code variables}
 * become maps keyed by slug, object keys are sorted and numbers compare by value.
 */
final class SemanticYaml {

  /** Keys whose value is dropped when it equals the spec default the writer fills in. */
  private static final Map<String, JsonNode> DEFAULTS = Map.ofEntries(
      Map.entry("variables", JsonNodeFactory.instance.arrayNode()),
      Map.entry("restrictActionCompletionToRunnerUser", JsonNodeFactory.instance.booleanNode(false)),
      Map.entry("runRestrictionPolicies", JsonNodeFactory.instance.arrayNode()),
      Map.entry("inputOverrides", JsonNodeFactory.instance.arrayNode()),
      Map.entry("allowAdditionalOptions", JsonNodeFactory.instance.booleanNode(false)),
      Map.entry("allowMultiple", JsonNodeFactory.instance.booleanNode(false)),
      Map.entry("shouldDisplayOptionsAsHierarchy", JsonNodeFactory.instance.booleanNode(false)),
      Map.entry("disabled", JsonNodeFactory.instance.booleanNode(false)),
      Map.entry("headers", JsonNodeFactory.instance.objectNode()),
      Map.entry("isDraft", JsonNodeFactory.instance.booleanNode(false)),
      Map.entry("isRootAction", JsonNodeFactory.instance.booleanNode(false)),
      Map.entry("outgoingActions", JsonNodeFactory.instance.arrayNode()),
      Map.entry("required", JsonNodeFactory.instance.booleanNode(false)),
      Map.entry("editable", JsonNodeFactory.instance.booleanNode(false)),
      Map.entry("ownershipScope", JsonNodeFactory.instance.textNode("ALL")));

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SemanticYaml() {}

  static JsonNode of(String descriptor) {
    try {
      return normalize(YAML.readTree(descriptor), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode normalize(JsonNode node, String key) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      Map<String, JsonNode> sorted = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode value = normalize(e.getValue(), e.getKey());
        if (!value.isNull() && !value.equals(DEFAULTS.get(e.getKey()))) {
          sorted.put(e.getKey(), value);
        }
      }
      sorted.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.forEach(item -> items.add(normalize(item, "")));
      if ((key.equals("actions") || key.equals("variables")) && !items.isEmpty() && items.stream().allMatch(i -> i.has("slug"))) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        items.forEach(i -> sorted.put(i.get("slug").asText(), i));
        ObjectNode bySlug = JsonNodeFactory.instance.objectNode();
        sorted.forEach(bySlug::set);
        return bySlug;
      }
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      items.forEach(out::add);
      return out;
    }
    if (node.isNumber()) {
      return JsonNodeFactory.instance.numberNode(node.decimalValue().stripTrailingZeros());
    }
    return node;
  }
}
