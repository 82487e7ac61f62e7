package dev.cortexflow.client.sync;

/** How a plan classifies one workflow. */
public enum ChangeKind {
  /** Local only: it will be created. */
  CREATE,
  /** Local and live differ semantically: the live one will be replaced. */
  UPDATE,
  /** Local and live are semantically equal: nothing is sent. */
  UNCHANGED,
  /** Live only, inside the prune scope: deleted, drafted or left alone by the {@link PrunePolicy}. */
  PRUNE_CANDIDATE
}
