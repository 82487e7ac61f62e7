package dev.cortexflow.model;

import org.immutables.value.Value;

/** A principal allowed to run the workflow (an entry of {@code runRestrictionPolicies}). */
@Value.Immutable
public interface RunRestriction extends Extensible {

  /** The user, team or custom-role id ({@code id}). */
  String id();

  /** The kind of principal ({@code type}). */
  RestrictionType type();

  /** Returns a restriction for the given principal. */
  static RunRestriction of(RestrictionType type, String id) {
    return ImmutableRunRestriction.builder().type(type).id(id).build();
  }
}
