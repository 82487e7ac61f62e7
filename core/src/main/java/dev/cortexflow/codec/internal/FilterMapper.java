package dev.cortexflow.codec.internal;

import dev.cortexflow.model.CompoundFilter;
import dev.cortexflow.model.CustomFilter;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.EntityGroupFilter;
import dev.cortexflow.model.Filter;
import dev.cortexflow.model.ImmutableCompoundFilter;
import dev.cortexflow.model.ImmutableCustomFilter;
import dev.cortexflow.model.ImmutableEntityFilter;
import dev.cortexflow.model.ImmutableEntityGroupFilter;
import dev.cortexflow.model.ImmutableGlobalFilter;
import dev.cortexflow.model.ImmutableTypeFilter;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.TypeFilter;
import java.util.Optional;

/** Maps the workflow {@code filter} (GLOBAL, ENTITY with its compound entity filter, or an unknown type). */
final class FilterMapper {
  private FilterMapper() {}

  static Filter read(Fields workflow) {
    Optional<Fields> found = workflow.object("filter", Need.REQUIRED, "filter");
    if (found.isEmpty()) {
      return CustomFilter.of("");
    }
    Fields f = found.get();
    String type = f.string("type", Need.REQUIRED);
    switch (type) {
      case "GLOBAL":
        return ImmutableGlobalFilter.builder().extensions(f.extensions()).build();
      case "ENTITY":
        ImmutableEntityFilter.Builder b = EntityFilter.builder();
        f.optString("ownershipScope").ifPresent(s -> b.ownershipScope(OwnershipScope.of(s)));
        f.object("entityFilter", Need.OPTIONAL, "filter entityFilter").ifPresent(c -> b.entityFilter(compound(c)));
        return b.extensions(f.extensions()).build();
      default:
        if (!type.isEmpty()) {
          f.issues().unknownType(f.pointer("type"), "filter: unknown filter type '" + type
              + "'; use GLOBAL or ENTITY");
        }
        return ImmutableCustomFilter.builder().type(type).extensions(f.extensions()).build();
    }
  }

  static CompoundFilter compound(Fields f) {
    ImmutableCompoundFilter.Builder b = CompoundFilter.builder();
    f.object("typeFilter", Need.OPTIONAL, f.where() + " typeFilter").ifPresent(t -> b.typeFilter(typeFilter(t)));
    f.object("entityGroupFilter", Need.OPTIONAL, f.where() + " entityGroupFilter").ifPresent(g -> b.entityGroupFilter(
        ImmutableEntityGroupFilter.builder()
            .entityGroups(g.strings("entityGroups", Need.REQUIRED))
            .excludedEntityGroups(g.strings("excludedEntityGroups", Need.REQUIRED))
            .extensions(g.extensions())
            .build()));
    return b.extensions(f.extensions()).build();
  }

  static TypeFilter typeFilter(Fields f) {
    return ImmutableTypeFilter.builder().types(f.strings("types", Need.REQUIRED)).extensions(f.extensions()).build();
  }

  static JsonValue write(Filter filter) {
    Out out = Out.object().put("type", filter.type());
    if (filter instanceof EntityFilter e) {
      out.put("ownershipScope", e.ownershipScope().value());
      e.entityFilter().ifPresent(c -> out.put("entityFilter", writeCompound(c)));
    }
    return out.extensions(filter.extensions()).build();
  }

  static JsonValue writeCompound(CompoundFilter c) {
    Out out = Out.object();
    c.typeFilter().ifPresent(t -> out.put("typeFilter", writeTypeFilter(t)));
    c.entityGroupFilter().ifPresent(g -> out.put("entityGroupFilter", writeGroups(g)));
    return out.extensions(c.extensions()).build();
  }

  static JsonValue writeTypeFilter(TypeFilter t) {
    return Out.object().strings("types", t.types()).extensions(t.extensions()).build();
  }

  private static JsonValue writeGroups(EntityGroupFilter g) {
    return Out.object().strings("entityGroups", g.entityGroups())
        .strings("excludedEntityGroups", g.excludedEntityGroups()).extensions(g.extensions()).build();
  }
}
