package dev.cortexflow.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.http.JsonText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncPlanTest {

  private static PlannedChange candidate(String tag, boolean draft) {
    return new PlannedChange(tag, ChangeKind.PRUNE_CANDIDATE, Optional.empty(),
        Optional.of("{\"tag\": \"" + tag + "\", \"isDraft\": " + draft + "}"), "", Optional.empty());
  }

  private static PlannedChange unchanged(String tag) {
    return new PlannedChange(tag, ChangeKind.UNCHANGED, Optional.empty(), Optional.of("{}"), "", Optional.empty());
  }

  @Test
  void a_drafted_workflow_is_settled_and_is_not_a_difference() {
    SyncPlan plan = new SyncPlan(List.of(unchanged("a"), candidate("old", true)), Optional.empty());

    assertThat(plan.hasDifferences()).isFalse();
    assertThat(plan.draftedCount()).isEqualTo(1);
    assertThat(plan.summary()).isEqualTo("Plan: 0 to create, 0 to update, 1 unchanged, 1 prune candidate"
        + " (1 already drafted)");
    assertThat(plan.toText()).isEqualTo("- prune-candidate old (already drafted)\n" + plan.summary() + "\n");
  }

  @Test
  void a_prune_candidate_that_is_not_a_draft_yet_is_a_difference() {
    SyncPlan plan = new SyncPlan(List.of(candidate("old", false), candidate("older", false)), Optional.empty());

    assertThat(plan.hasDifferences()).isTrue();
    assertThat(plan.draftedCount()).isZero();
    assertThat(plan.summary()).isEqualTo("Plan: 0 to create, 0 to update, 0 unchanged, 2 prune candidates");
    assertThat(plan).hasToString(plan.summary());
  }

  @Test
  void only_unchanged_workflows_are_no_difference() {
    assertThat(new SyncPlan(List.of(unchanged("a")), Optional.empty()).hasDifferences()).isFalse();
  }

  @Test
  void the_json_plan_names_drafted_candidates_and_the_scope() {
    SyncPlan plan = new SyncPlan(List.of(candidate("team-a-old", true), candidate("team-a-job", false)),
        Optional.of(SyncScope.tagPrefix("team-a-")));

    assertThat(JsonText.parse(plan.toJson())).isEqualTo(JsonText.parse("""
        {"scope": "team-a-",
         "summary": {"create": 0, "update": 0, "unchanged": 0, "pruneCandidates": 2, "alreadyDrafted": 1},
         "changes": [{"tag": "team-a-job", "action": "prune-candidate"},
                     {"tag": "team-a-old", "action": "prune-candidate", "alreadyDrafted": true}]}
        """));
  }

  @Test
  void the_changes_of_one_kind_are_only_those_ordered_by_tag() {
    SyncPlan plan = new SyncPlan(List.of(unchanged("b"), candidate("old", false), unchanged("a")), Optional.empty());

    assertThat(plan.changes()).extracting(PlannedChange::tag).containsExactly("a", "b", "old");
    assertThat(plan.changes(ChangeKind.UNCHANGED)).extracting(PlannedChange::tag).containsExactly("a", "b");
    assertThat(plan.changes(ChangeKind.PRUNE_CANDIDATE)).extracting(PlannedChange::tag).containsExactly("old");
    assertThat(plan.changes(ChangeKind.CREATE)).isEmpty();
  }

  @Test
  void a_plan_keeps_the_prune_scope_it_was_made_with() {
    assertThat(new SyncPlan(List.of(), Optional.of(SyncScope.tagPrefix("team-a-"))).scope())
        .contains(SyncScope.tagPrefix("team-a-"));
    assertThat(new SyncPlan(List.of(), Optional.empty()).scope()).isEmpty();
  }
}
