package dev.cortexflow.dsl;

import dev.cortexflow.model.CompoundFilter;
import dev.cortexflow.model.EntityGroupFilter;
import dev.cortexflow.model.TypeFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which entities an entity-scoped workflow applies to ({@code filter.entityFilter}): entity types and included
 * or excluded groups. Immutable and thread-safe.
 *
 * <pre class="compilable">{@code
 * Workflows.workflow("deploy", "Deploy").entityScoped(OwnershipScope.OWNER, EntityScope.types("service").groups("payments"))
 * }</pre>
 */
public final class EntityScope {

  private final List<String> types;
  private final List<String> groups;
  private final List<String> excludedGroups;

  private EntityScope(List<String> types, List<String> groups, List<String> excludedGroups) {
    this.types = List.copyOf(types);
    this.groups = List.copyOf(groups);
    this.excludedGroups = List.copyOf(excludedGroups);
  }

  /** Entities of the given types ({@code entityFilter.typeFilter.types}), such as {@code service}. */
  public static EntityScope types(String... types) {
    return new EntityScope(List.of(types), List.of(), List.of());
  }

  /** Any entity type (no {@code entityFilter.typeFilter}); narrow it with {@link #groups(String...)}. */
  public static EntityScope anyType() {
    return new EntityScope(List.of(), List.of(), List.of());
  }

  /** Also limits the scope to these groups ({@code entityFilter.entityGroupFilter.entityGroups}). */
  public EntityScope groups(String... included) {
    return new EntityScope(types, concat(groups, included), excludedGroups);
  }

  /** Excludes these groups ({@code entityFilter.entityGroupFilter.excludedEntityGroups}). */
  public EntityScope excludingGroups(String... excluded) {
    return new EntityScope(types, groups, concat(excludedGroups, excluded));
  }

  private static List<String> concat(List<String> list, String... more) {
    List<String> out = new ArrayList<>(list);
    for (String s : more) {
      out.add(Objects.requireNonNull(s, "group"));
    }
    return out;
  }

  CompoundFilter toFilter() {
    dev.cortexflow.model.ImmutableCompoundFilter.Builder builder = CompoundFilter.builder();
    if (!types.isEmpty()) {
      builder.typeFilter(TypeFilter.of(types));
    }
    if (!groups.isEmpty() || !excludedGroups.isEmpty()) {
      builder.entityGroupFilter(EntityGroupFilter.builder().entityGroups(groups).excludedEntityGroups(excludedGroups)
          .build());
    }
    return builder.build();
  }
}
