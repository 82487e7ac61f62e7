package dev.cortexflow.model.input;

import dev.cortexflow.model.Extensible;
import dev.cortexflow.model.TypeFilter;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Which entities an entity field offers ({@code entityFilter}); every member is optional. */
@Value.Immutable
public interface InputEntityFilter extends Extensible {

  /** Entity types ({@code typeFilter}). */
  Optional<TypeFilter> typeFilter();

  /** Groups to include ({@code groupTags}). */
  Optional<List<String>> groupTags();

  /** Groups to exclude ({@code excludedGroupTags}). */
  Optional<List<String>> excludedGroupTags();

  /** Owning team ids ({@code teamIds}). */
  Optional<List<String>> teamIds();

  /** Owner emails ({@code emailOwners}). */
  Optional<List<String>> emailOwners();

  /** Domain ids ({@code domainIds}). */
  Optional<List<String>> domainIds();

  /** Returns a new builder. */
  static ImmutableInputEntityFilter.Builder builder() {
    return ImmutableInputEntityFilter.builder();
  }
}
