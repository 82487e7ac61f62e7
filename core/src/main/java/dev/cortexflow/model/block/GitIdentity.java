package dev.cortexflow.model.block;

import dev.cortexflow.model.Extensible;
import org.immutables.value.Value;

/** A Git author or committer ({@code {name, email}}). */
@Value.Immutable
public interface GitIdentity extends Extensible {

  /** Name ({@code name}). */
  String name();

  /** Email ({@code email}). */
  String email();

  /** Returns an identity. */
  static GitIdentity of(String name, String email) {
    return ImmutableGitIdentity.builder().name(name).email(email).build();
  }
}
