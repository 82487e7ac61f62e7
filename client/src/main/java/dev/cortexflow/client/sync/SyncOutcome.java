package dev.cortexflow.client.sync;

/** What {@link SyncEngine#apply} did with one workflow. */
public enum SyncOutcome {
  /** Created. */
  CREATED,
  /** Replaced. */
  UPDATED,
  /** Left alone: already equal. */
  UNCHANGED,
  /** Prune candidate deleted ({@link PrunePolicy#DELETE}). */
  PRUNED,
  /** Prune candidate set to draft ({@link PrunePolicy#DRAFT}). */
  DRAFTED,
  /** Prune candidate left alone ({@link PrunePolicy#IGNORE}). */
  SKIPPED,
  /** Prune candidate that is a draft already ({@link PrunePolicy#DRAFT}): settled, nothing sent. */
  ALREADY_DRAFTED,
  /** The request failed; {@link SyncResult#error()} says why. */
  FAILED;

  /** The lower-case verb used in progress lines: {@code updated}, {@code already drafted}. */
  public String verb() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
