package dev.cortexflow.model;

import java.util.List;
import org.immutables.value.Value;

/** Entity groups to include and exclude ({@code entityGroupFilter}). */
@Value.Immutable
public interface EntityGroupFilter extends Extensible {

  /** Groups to include ({@code entityGroups}). */
  List<String> entityGroups();

  /** Groups to exclude ({@code excludedEntityGroups}). */
  List<String> excludedEntityGroups();

  /** Returns a new builder. */
  static ImmutableEntityGroupFilter.Builder builder() {
    return ImmutableEntityGroupFilter.builder();
  }
}
