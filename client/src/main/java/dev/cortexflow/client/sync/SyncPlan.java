package dev.cortexflow.client.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.client.http.JsonText;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sync would do, made by {@link SyncEngine#plan}: one {@link PlannedChange} per local workflow and per live
 * workflow inside the prune scope, ordered by tag. A plan is a dry run: making it writes nothing.
 */
public final class SyncPlan {

  private final List<PlannedChange> changes;
  private final Optional<SyncScope> scope;

  SyncPlan(List<PlannedChange> changes, Optional<SyncScope> scope) {
    this.changes = changes.stream().sorted(Comparator.comparing(PlannedChange::tag)).toList();
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  /** Every planned change, ordered by tag. */
  public List<PlannedChange> changes() {
    return changes;
  }

  /** The prune scope the plan was made with; empty when none was named (then there are no prune candidates). */
  public Optional<SyncScope> scope() {
    return scope;
  }

  /** The changes of one kind, ordered by tag. */
  public List<PlannedChange> changes(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  /** How many changes are of {@code kind}. */
  public int count(ChangeKind kind) {
    return (int) changes.stream().filter(c -> c.kind() == kind).count();
  }

  /**
   * Whether local and live differ: something to create or update, or a prune candidate that is not a draft yet (a
   * drafted one is settled, see {@link PlannedChange#isDrafted()}).
   */
  public boolean hasDifferences() {
    return changes.stream().anyMatch(c -> c.kind() != ChangeKind.UNCHANGED && !c.isDrafted());
  }

  /** How many prune candidates are drafts already. */
  public int draftedCount() {
    return (int) changes.stream().filter(PlannedChange::isDrafted).count();
  }

  /**
   * {@code Plan: 1 to create, 2 to update, 497 unchanged, 0 prune candidates}; with drafted candidates
   * {@code 3 prune candidates (2 already drafted)}.
   */
  public String summary() {
    int candidates = count(ChangeKind.PRUNE_CANDIDATE);
    return "Plan: " + count(ChangeKind.CREATE) + " to create, " + count(ChangeKind.UPDATE) + " to update, "
        + count(ChangeKind.UNCHANGED) + " unchanged, " + candidates + " prune candidate"
        + (candidates == 1 ? "" : "s") + (draftedCount() == 0 ? "" : " (" + draftedCount() + " already drafted)");
  }

  /**
   * The plan for people: one line per create, update and prune candidate ({@code + create deploy-service},
   * {@code ~ update deploy-api} followed by its diff, {@code - prune-candidate old-job}), then the summary line.
   * Unchanged workflows are only counted.
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    for (PlannedChange c : changes) {
      switch (c.kind()) {
        case CREATE -> out.append("+ ").append(c).append('\n');
        case UPDATE -> out.append("~ ").append(c).append('\n').append(c.diff());
        case PRUNE_CANDIDATE -> out.append("- ").append(c).append(c.isDrafted() ? " (already drafted)" : "")
            .append('\n');
        case UNCHANGED -> { }
      }
    }
    return out.append(summary()).append('\n').toString();
  }

  /**
   * The plan as deterministic JSON (for {@code --format json}):
   *
   * <pre>{@code
   * {
   *   "scope" : "team-a-",
   *   "summary" : { "create" : 1, "update" : 1, "unchanged" : 0, "pruneCandidates" : 0 },
   *   "changes" : [ { "tag" : "deploy", "action" : "update", "diff" : "--- live/deploy\n+++ deploy.yaml\n..." } ]
   * }
   * }</pre>
   *
   * {@code scope} is present only when a prune prefix was named, {@code summary.alreadyDrafted} and a change's
   * {@code "alreadyDrafted" : true} only when a prune candidate is a draft already, {@code diff} on updates only.
   * Absent keys are left out, never null.
   */
  public String toJson() {
    ObjectNode root = JsonText.object();
    scope.ifPresent(s -> root.put("scope", s.tagPrefix()));
    ObjectNode summary = root.putObject("summary");
    summary.put("create", count(ChangeKind.CREATE));
    summary.put("update", count(ChangeKind.UPDATE));
    summary.put("unchanged", count(ChangeKind.UNCHANGED));
    summary.put("pruneCandidates", count(ChangeKind.PRUNE_CANDIDATE));
    if (draftedCount() > 0) {
      summary.put("alreadyDrafted", draftedCount());
    }
    ArrayNode list = root.putArray("changes");
    for (PlannedChange c : changes) {
      ObjectNode item = list.addObject();
      item.put("tag", c.tag());
      item.put("action", c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      if (c.kind() == ChangeKind.UPDATE) {
        item.put("diff", c.diff());
      }
      if (c.isDrafted()) {
        item.put("alreadyDrafted", true);
      }
    }
    return JsonText.write(root);
  }

  @Override
  public String toString() {
    return summary();
  }
}
