package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks Cortex applies to a definition on create-or-update and validate (spec §8), in the order a
 * client sees them: required fields, field shapes, variable slugs, blocks, the root, and edges.
 */
final class DefinitionChecks {
  static final Set<String> BLOCK_TYPES =
      Set.of(
          "HTTP_REQUEST", "ADVANCED_HTTP_REQUEST", "HTTP_REQUEST_ASYNC", "SCAFFOLDER", "USER_INPUT", "JQ",
          "SLACK", "MANUAL_APPROVAL", "CONDITIONAL_BRANCH", "GITHUB_CREATE_OR_UPDATE_FILE",
          "MS_TEAMS_SEND_MESSAGE", "JAVASCRIPT", "SET_VARIABLES", "AWS", "PAGERDUTY_CREATE_INCIDENT",
          "JIRA_CREATE_ISSUE");
  private static final Set<String> VARIABLE_TYPES =
      Set.of(
          "STRING", "NUMBER", "BOOLEAN", "OBJECT", "ARRAY_OF_STRING", "ARRAY_OF_NUMBER", "ARRAY_OF_BOOLEAN",
          "ARRAY_OF_OBJECT");
  private static final Pattern VARIABLE_SLUG = Pattern.compile("[a-z0-9-]+");
  private static final List<String> REQUIRED = List.of("name", "tag", "filter", "actions");
  /** The longest tag the sandbox stores, with a data directory or without. */
  static final int MAX_TAG = 250;

  private DefinitionChecks() {}

  static List<Finding> check(JsonNode definition) {
    List<Finding> findings = new ArrayList<>();
    if (!definition.isObject()) {
      findings.add(new Finding("", "Invalid definition", "Workflow definition must be an object"));
      return findings;
    }
    List<String> missing = new ArrayList<>();
    for (String field : REQUIRED) {
      if (definition.path(field).isMissingNode() || definition.path(field).isNull()) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      findings.add(
          new Finding(
              "", "Missing required fields", "missing required field(s): " + String.join(", ", missing)));
    }
    checkText(definition, "name", findings);
    checkText(definition, "tag", findings);
    if (definition.path("tag").isTextual() && definition.path("tag").asText().length() > MAX_TAG) {
      findings.add(new Finding("/tag", "Invalid field",
          "Field 'tag' is longer than " + MAX_TAG + " characters (" + definition.path("tag").asText().length() + ")"));
    }
    checkFilter(definition.path("filter"), findings);
    checkVariables(definition.path("variables"), findings);
    checkActions(definition.path("actions"), findings);
    return findings;
  }

  private static void checkText(JsonNode definition, String field, List<Finding> findings) {
    JsonNode value = definition.path(field);
    if (!value.isMissingNode() && !value.isNull() && (!value.isTextual() || value.asText().isBlank())) {
      findings.add(
          new Finding("/" + field, "Invalid field", "Field '" + field + "' must be a non-empty string"));
    }
  }

  private static void checkFilter(JsonNode filter, List<Finding> findings) {
    if (filter.isMissingNode() || filter.isNull()) {
      return;
    }
    String type = filter.path("type").asText("");
    if (!filter.isObject() || !(type.equals("GLOBAL") || type.equals("ENTITY"))) {
      findings.add(
          new Finding(
              "/filter/type", "Invalid filter",
              "Invalid filter type '" + type + "': expected GLOBAL or ENTITY"));
      return;
    }
    JsonNode scope = filter.path("ownershipScope");
    if (type.equals("ENTITY") && scope.isTextual()
        && !Set.of("ALL", "OWNER", "EDITOR").contains(scope.asText())) {
      findings.add(
          new Finding(
              "/filter/ownershipScope", "Invalid filter",
              "Invalid ownershipScope '" + scope.asText() + "': expected ALL, OWNER or EDITOR"));
    }
  }

  private static void checkVariables(JsonNode variables, List<Finding> findings) {
    if (variables.isMissingNode() || variables.isNull()) {
      return;
    }
    if (!variables.isArray()) {
      findings.add(new Finding("/variables", "Invalid field", "Field 'variables' must be an array"));
      return;
    }
    for (int i = 0; i < variables.size(); i++) {
      JsonNode variable = variables.get(i);
      String slug = variable.path("slug").asText("");
      if (!VARIABLE_SLUG.matcher(slug).matches()) {
        findings.add(
            new Finding(
                "/variables/" + i + "/slug", "Invalid variable slug",
                "Invalid variable slug '" + slug + "': only lowercase letters, digits and '-' are allowed"));
      }
      String type = variable.path("type").asText("");
      if (!VARIABLE_TYPES.contains(type)) {
        findings.add(
            new Finding(
                "/variables/" + i + "/type", "Invalid variable type",
                "Invalid type '" + type + "' of variable '" + slug + "'"));
      }
    }
  }

  private static void checkActions(JsonNode actions, List<Finding> findings) {
    if (actions.isMissingNode() || actions.isNull()) {
      return;
    }
    if (!actions.isArray()) {
      findings.add(new Finding("/actions", "Invalid field", "Field 'actions' must be an array"));
      return;
    }
    Set<String> slugs = new HashSet<>();
    List<String> roots = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      JsonNode action = actions.get(i);
      String pointer = "/actions/" + i;
      String slug = action.path("slug").asText("");
      if (slug.isEmpty()) {
        findings.add(
            new Finding(pointer + "/slug", "Missing required fields",
                "missing required field(s): actions[" + i + "].slug"));
      } else if (!slugs.add(slug)) {
        findings.add(new Finding(pointer + "/slug", "Duplicate action slug", "Duplicate action slug '" + slug + "'"));
      }
      String type = action.path("schema").path("type").asText("");
      if (type.isEmpty()) {
        findings.add(
            new Finding(pointer + "/schema/type", "Missing required fields",
                "missing required field(s): actions[" + i + "].schema.type"));
      } else if (!BLOCK_TYPES.contains(type)) {
        findings.add(
            new Finding(pointer + "/schema/type", "Unknown action type",
                "Unknown action type '" + type + "' in action '" + slug + "'"));
      }
      if (action.path("isRootAction").asBoolean(false)) {
        roots.add(slug);
      }
    }
    if (actions.size() > 0 && roots.size() != 1) {
      findings.add(
          new Finding("/actions", "Root action",
              roots.isEmpty()
                  ? "Workflow must have exactly one root action, found none"
                  : "Workflow must have exactly one root action, found " + roots.size() + ": '"
                      + String.join("', '", roots) + "'"));
    }
    checkEdges(actions, slugs, findings);
  }

  private static void checkEdges(JsonNode actions, Set<String> slugs, List<Finding> findings) {
    for (int i = 0; i < actions.size(); i++) {
      JsonNode action = actions.get(i);
      String slug = action.path("slug").asText("");
      Set<String> targets = new LinkedHashSet<>();
      action.path("outgoingActions").forEach(t -> targets.add(t.asText()));
      JsonNode schema = action.path("schema");
      schema.path("branches").forEach(b -> addText(b.path("outgoingAction"), targets));
      addText(schema.path("fallbackBranch").path("outgoingAction"), targets);
      addText(schema.path("joiningAction"), targets);
      for (String target : targets) {
        if (!slugs.contains(target)) {
          findings.add(
              new Finding("/actions/" + i, "Unknown action reference",
                  "Action '" + slug + "' refers to action '" + target + "', which does not exist"));
        }
      }
    }
  }

  private static void addText(JsonNode node, Set<String> into) {
    if (node.isTextual()) {
      into.add(node.asText());
    }
  }
}
