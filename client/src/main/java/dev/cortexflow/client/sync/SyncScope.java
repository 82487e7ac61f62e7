package dev.cortexflow.client.sync;

import java.util.Objects;

/**
 * The part of a workspace a sync may prune: live workflows whose tag starts with {@link #tagPrefix()}. Workflows
 * outside the scope are never touched unless a local workflow has their tag.
 *
 * @param tagPrefix a non-blank tag prefix, e.g. {@code team-payments-}
 */
public record SyncScope(String tagPrefix) {

  /** Checks that the prefix is not blank: pruning the whole workspace must not happen by accident. */
  public SyncScope {
    Objects.requireNonNull(tagPrefix, "tagPrefix");
    if (tagPrefix.isBlank()) {
      throw new IllegalArgumentException("prune prefix '" + tagPrefix + "' is not valid: name a tag prefix");
    }
  }

  /** The scope of tags starting with {@code prefix}. */
  public static SyncScope tagPrefix(String prefix) {
    return new SyncScope(prefix);
  }

  /** Whether {@code tag} is inside this scope. */
  public boolean contains(String tag) {
    return tag.startsWith(tagPrefix);
  }
}
