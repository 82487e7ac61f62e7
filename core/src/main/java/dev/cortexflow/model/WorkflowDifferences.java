package dev.cortexflow.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The differences between two workflows that matter to Cortex: the one semantic comparison that sync, the test kit
 * and the importer's round-trip check share. Order carries no meaning for blocks and variables (matched by slug),
 * for a block's {@code outgoingActions}, for a manual approval's {@code approvingTeamIds} and for
 * {@code runRestrictionPolicies} (see {@link SemanticOrder}); everything else is compared by value.
 *
 * <pre>{@code
 * for (WorkflowDifferences.Difference d : WorkflowDifferences.between(expected, actual)) {
 *   System.out.println(d.message());
 * }
 * }</pre>
 */
public final class WorkflowDifferences {

  /** Which part of the workflow a difference is in. */
  public enum Part {
    /** A top-level key of the workflow ({@code name}, {@code filter}, {@code runResponseTemplate}, …). */
    SETTING,
    /** An entry of {@code variables}. */
    VARIABLE,
    /** An entry of {@code actions}. */
    BLOCK
  }

  /** How a variable or block differs; {@link #CHANGED} for settings. */
  public enum Change {
    /** The expected workflow has it and the actual one does not. */
    MISSING,
    /** The actual workflow has it and the expected one does not. */
    UNEXPECTED,
    /** Both have it, with different values. */
    CHANGED
  }

  /**
   * One difference.
   *
   * @param part where it is
   * @param slug the variable's or block's slug; empty for {@link Part#SETTING}
   * @param field the differing key ({@code schema}, {@code name}, …); empty when the whole entry is missing or
   *     unexpected, or when no single key tells
   * @param change how it differs
   * @param message one line naming the field or the entry, with expected and actual values where there are two
   */
  public record Difference(Part part, String slug, String field, Change change, String message) {

    /** Checks that no component is null. */
    public Difference {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(slug, "slug");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(message, "message");
    }
  }

  private static final Map<String, Function<Workflow, Object>> SETTINGS = settings();
  private static final Map<String, Function<Variable, Object>> VARIABLE_FIELDS = variableFields();
  private static final Map<String, Function<Block, Object>> BLOCK_FIELDS = blockFields();

  private WorkflowDifferences() {}

  /** Whether the two workflows mean the same to Cortex: {@link #between} finds nothing. */
  public static boolean same(Workflow expected, Workflow actual) {
    return between(expected, actual).isEmpty();
  }

  /** Every difference, settings first, then variables, then blocks; empty when the workflows mean the same. */
  public static List<Difference> between(Workflow expected, Workflow actual) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    List<Difference> out = new ArrayList<>();
    SETTINGS.forEach((field, get) -> {
      Object e = get.apply(expected);
      Object a = get.apply(actual);
      if (!e.equals(a)) {
        out.add(new Difference(Part.SETTING, "", field, Change.CHANGED,
            field + " differs: expected " + show(e) + " but was " + show(a)));
      }
    });
    if (out.isEmpty() && !settingsOnly(expected).equals(settingsOnly(actual))) {
      // A key added to the model and not yet listed in SETTINGS.
      out.add(new Difference(Part.SETTING, "", "", Change.CHANGED, "workflow settings differ"));
    }
    compare(Part.VARIABLE, bySlug(expected.variables(), Variable::slug), bySlug(actual.variables(), Variable::slug),
        VARIABLE_FIELDS, out);
    compare(Part.BLOCK, bySlug(expected.actions().stream().map(SemanticOrder::normalize).toList(), Block::slug),
        bySlug(actual.actions().stream().map(SemanticOrder::normalize).toList(), Block::slug), BLOCK_FIELDS, out);
    return List.copyOf(out);
  }

  private static <T> void compare(Part part, Map<String, T> expected, Map<String, T> actual,
      Map<String, Function<T, Object>> fields, List<Difference> out) {
    String what = part == Part.BLOCK ? "block" : "variable";
    Set<String> slugs = new LinkedHashSet<>(expected.keySet());
    slugs.addAll(actual.keySet());
    for (String slug : slugs) {
      T e = expected.get(slug);
      T a = actual.get(slug);
      if (a == null) {
        out.add(new Difference(part, slug, "", Change.MISSING, what + " '" + slug + "' is missing"));
      } else if (e == null) {
        out.add(new Difference(part, slug, "", Change.UNEXPECTED, what + " '" + slug + "' is unexpected"));
      } else if (!e.equals(a)) {
        int before = out.size();
        fields.forEach((field, get) -> {
          Object ev = get.apply(e);
          Object av = get.apply(a);
          if (!ev.equals(av)) {
            out.add(new Difference(part, slug, field, Change.CHANGED, what + " '" + slug + "' " + field
                + " differs: expected " + show(ev) + " but was " + show(av)));
          }
        });
        if (out.size() == before) {
          out.add(new Difference(part, slug, "", Change.CHANGED, what + " '" + slug + "' differs"));
        }
      }
    }
  }

  private static String show(Object value) {
    Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
    return v == null ? "absent" : v instanceof String str ? "'" + str + "'" : String.valueOf(v);
  }

  private static Workflow settingsOnly(Workflow w) {
    return ImmutableWorkflow.copyOf(w).withActions(List.of()).withVariables(List.of())
        .withRunRestrictionPolicies(List.of());
  }

  /** The first entry per slug; a later duplicate is the validator's concern ({@code DUPLICATE_SLUG}). */
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

  private static Map<String, Function<Variable, Object>> variableFields() {
    Map<String, Function<Variable, Object>> m = new LinkedHashMap<>();
    m.put("type", Variable::type);
    m.put("defaultValue", Variable::defaultValue);
    m.put("description", Variable::description);
    m.put("extensions", Variable::extensions);
    return m;
  }

  private static Map<String, Function<Block, Object>> blockFields() {
    Map<String, Function<Block, Object>> m = new LinkedHashMap<>();
    m.put("name", Block::name);
    m.put("schema", Block::schema);
    m.put("outgoingActions", Block::outgoingActions);
    m.put("isRootAction", Block::isRootAction);
    m.put("extensions", Block::extensions);
    return m;
  }
}
