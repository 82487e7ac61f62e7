package dev.cortexflow.model.input;

import dev.cortexflow.model.Extensible;
import org.immutables.value.Value;

/** A default user of a user field ({@code {email, name}}). */
@Value.Immutable
public interface UserRef extends Extensible {

  /** Email ({@code email}). */
  String email();

  /** Name ({@code name}). */
  String name();

  /** Returns a user reference. */
  static UserRef of(String email, String name) {
    return ImmutableUserRef.builder().email(email).name(name).build();
  }
}
