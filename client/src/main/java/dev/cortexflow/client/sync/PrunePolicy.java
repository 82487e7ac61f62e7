package dev.cortexflow.client.sync;

/** What {@link SyncEngine#apply} does with prune candidates. */
public enum PrunePolicy {
  /** Leave them alone (the default). */
  IGNORE,
  /** Set {@code isDraft: true} on them, keeping everything else as the server has it. */
  DRAFT,
  /** Delete them. */
  DELETE
}
