package dev.cortexflow.testing.internal;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.SemanticOrder;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The differences between two workflows that matter to Cortex. Order carries no meaning for blocks and variables
 * (found by slug), for edges and for approving teams; everything else is compared by value.
 */
public final class SemanticDiff {

  private static final Map<String, Function<Workflow, Object>> SETTINGS = settings();

  private SemanticDiff() {}

  /** One line per difference, naming the field or the block; empty when the workflows are semantically equal. */
  public static List<String> between(Workflow expected, Workflow actual) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    List<String> out = new ArrayList<>();
    SETTINGS.forEach((field, get) -> {
      if (!get.apply(expected).equals(get.apply(actual))) {
        out.add(field + " differs: expected " + show(get.apply(expected)) + " but was " + show(get.apply(actual)));
      }
    });
    if (out.isEmpty() && !settingsOnly(expected).equals(settingsOnly(actual))) {
      // A field added to the model after SETTINGS was written.
      out.add("workflow settings differ");
    }
    compare("variable", bySlug(expected.variables(), Variable::slug), bySlug(actual.variables(), Variable::slug),
        VARIABLE_FIELDS, out);
    compare("block", bySlug(expected.actions().stream().map(SemanticOrder::normalize).toList(), Block::slug),
        bySlug(actual.actions().stream().map(SemanticOrder::normalize).toList(), Block::slug), BLOCK_FIELDS, out);
    return out;
  }

  private static final Map<String, Function<Variable, Object>> VARIABLE_FIELDS = Map.of(
      "type", Variable::type, "defaultValue", Variable::defaultValue, "description", Variable::description,
      "extensions", Variable::extensions);

  private static final Map<String, Function<Block, Object>> BLOCK_FIELDS = blockFields();

  private static Map<String, Function<Block, Object>> blockFields() {
    Map<String, Function<Block, Object>> m = new LinkedHashMap<>();
    m.put("name", Block::name);
    m.put("schema", Block::schema);
    m.put("outgoingActions", Block::outgoingActions);
    m.put("isRootAction", Block::isRootAction);
    m.put("extensions", Block::extensions);
    return m;
  }

  private static String show(Object value) {
    Object v = value instanceof java.util.Optional<?> o ? o.orElse(null) : value;
    return v == null ? "absent" : v instanceof String str ? "'" + str + "'" : String.valueOf(v);
  }

  private static Workflow settingsOnly(Workflow w) {
    return ImmutableWorkflow.copyOf(w).withActions(List.of()).withVariables(List.of())
        .withRunRestrictionPolicies(List.of());
  }

  private static <T> void compare(String what, Map<String, T> expected, Map<String, T> actual,
      Map<String, Function<T, Object>> fields, List<String> out) {
    Set<String> slugs = new LinkedHashSet<>(expected.keySet());
    slugs.addAll(actual.keySet());
    for (String slug : slugs) {
      T e = expected.get(slug);
      T a = actual.get(slug);
      if (a == null) {
        out.add(what + " '" + slug + "' is missing");
      } else if (e == null) {
        out.add(what + " '" + slug + "' is unexpected");
      } else if (!e.equals(a)) {
        int before = out.size();
        fields.forEach((field, get) -> {
          if (!get.apply(e).equals(get.apply(a))) {
            out.add(what + " '" + slug + "' " + field + " differs: expected " + show(get.apply(e)) + " but was "
                + show(get.apply(a)));
          }
        });
        if (out.size() == before) {
          out.add(what + " '" + slug + "' differs");
        }
      }
    }
  }

  private static <T> Map<String, T> bySlug(List<T> values, Function<T, String> slug) {
    Map<String, T> map = new LinkedHashMap<>();
    values.forEach(v -> map.putIfAbsent(slug.apply(v), v));
    return map;
  }

  private static Map<String, Function<Workflow, Object>> settings() {
    Map<String, Function<Workflow, Object>> m = new LinkedHashMap<>();
    m.put("name", Workflow::name);
    m.put("tag", Workflow::tag);
    m.put("description", Workflow::description);
    m.put("isDraft", Workflow::isDraft);
    m.put("filter", Workflow::filter);
    m.put("runResponseTemplate", Workflow::runResponseTemplate);
    m.put("failedRunResponseTemplate", Workflow::failedRunResponseTemplate);
    m.put("runRestrictionPolicies", w -> Set.copyOf(w.runRestrictionPolicies()));
    m.put("iconTag", Workflow::iconTag);
    m.put("isRunnableViaApi", Workflow::isRunnableViaApi);
    m.put("restrictActionCompletionToRunnerUser", Workflow::restrictActionCompletionToRunnerUser);
    m.put("extensions", Workflow::extensions);
    return m;
  }
}
