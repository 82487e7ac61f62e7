package dev.cortexflow.codegen.internal;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.ImmutableBlock;
import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.Workflow;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two workflows as Cortex does: blocks and variables are matched by slug, so their order in the file
 * does not matter; everything else must be equal.
 */
final class Semantic {

  private Semantic() {}

  /**
   * The first difference between {@code expected} and {@code actual}, described in one line; empty when they are
   * equal. Blocks that differ only in their {@code schema} are added to {@code schemaOnly} instead.
   */
  static Optional<String> difference(Workflow expected, Workflow actual, Set<String> schemaOnly) {
    Workflow a = ImmutableWorkflow.copyOf(expected).withActions(List.of()).withVariables(List.of());
    Workflow b = ImmutableWorkflow.copyOf(actual).withActions(List.of()).withVariables(List.of());
    if (!a.equals(b)) {
      return Optional.of("workflow settings differ");
    }
    if (!bySlug(expected.variables()).equals(bySlug(actual.variables()))) {
      return Optional.of("variables differ");
    }
    Map<String, Block> want = blocks(expected);
    Map<String, Block> got = blocks(actual);
    Set<String> slugs = new LinkedHashSet<>(want.keySet());
    slugs.addAll(got.keySet());
    for (String slug : slugs) {
      Block w = want.get(slug);
      Block g = got.get(slug);
      if (w == null || g == null) {
        return Optional.of("block '" + slug + "' is " + (w == null ? "added" : "missing"));
      }
      if (!w.equals(g)) {
        if (ImmutableBlock.copyOf(g).withSchema(w.schema()).equals(w)) {
          schemaOnly.add(slug);
        } else {
          return Optional.of("block '" + slug + "' differs");
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, Variable> bySlug(List<Variable> variables) {
    Map<String, Variable> map = new LinkedHashMap<>();
    variables.forEach(v -> map.put(v.slug(), v));
    return map.size() == variables.size() ? map : Map.of("duplicate slugs", variables.get(0));
  }

  private static Map<String, Block> blocks(Workflow workflow) {
    Map<String, Block> map = new LinkedHashMap<>();
    workflow.actions().forEach(b -> map.put(b.slug(), b));
    return map;
  }
}
