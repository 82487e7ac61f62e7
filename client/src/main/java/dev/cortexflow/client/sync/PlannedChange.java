package dev.cortexflow.client.sync;

import dev.cortexflow.model.Workflow;
import java.util.Objects;
import java.util.Optional;

/**
 * What a plan will do with one workflow.
 *
 * @param tag the workflow's tag
 * @param kind the classification
 * @param local the local workflow; empty for prune candidates
 * @param liveJson the live definition as the server listed it; empty for creates
 * @param diff for updates, the unified diff from the live definition ({@code --- live/<tag>}) to the local file
 *     ({@code +++} its path, or {@code local/<tag>.yaml} when the plan was made without files), at the file's line
 *     numbers; long lines that change a little are word diffs ({@code ~}); empty otherwise
 * @param liveAsLocal for updates, the live definition written as the local file is: its format (YAML or JSON), its
 *     key order and its comments on unchanged lines (the {@code ---} side of {@code diff}); empty otherwise
 */
public record PlannedChange(String tag, ChangeKind kind, Optional<Workflow> local, Optional<String> liveJson,
    String diff, Optional<String> liveAsLocal) {

  /** Checks the components. */
  public PlannedChange {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(liveJson, "liveJson");
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(liveAsLocal, "liveAsLocal");
  }

  /**
   * Whether this is a prune candidate that is a draft already ({@code isDraft: true} live): settled for
   * {@link PrunePolicy#DRAFT}, so not a difference.
   */
  public boolean isDrafted() {
    return kind == ChangeKind.PRUNE_CANDIDATE
        && liveJson.map(j -> Planner.objectOf(j).path("isDraft").asBoolean(false)).orElse(false);
  }

  /** {@code create deploy-service}, {@code prune-candidate old-job}, .... */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " " + tag;
  }
}
