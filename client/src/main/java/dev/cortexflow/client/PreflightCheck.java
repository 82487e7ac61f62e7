package dev.cortexflow.client;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.RestrictionType;
import dev.cortexflow.model.RunRestriction;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.ManualApproval;
import dev.cortexflow.validate.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks the references that only a live workspace can resolve: team ids in MANUAL_APPROVAL
 * {@code approvingTeamIds} and in TEAM run restrictions ({@link PreflightCode#UNKNOWN_TEAM}), and
 * {@code context.secrets.<tag>} references ({@link PreflightCode#UNKNOWN_SECRET}). A team matches by id or by tag.
 *
 * <pre>{@code
 * PreflightCheck check = PreflightCheck.against(client);   // two look-ups: teams, secrets
 * for (Workflow w : workflows) {
 *   check.check(w).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PreflightCheck {

  private final Set<String> teams;
  private final Set<String> secrets;

  private PreflightCheck(Set<String> teams, Set<String> secrets) {
    this.teams = Set.copyOf(teams);
    this.secrets = Set.copyOf(secrets);
  }

  /** Loads the workspace's teams and secrets once ({@code GET /api/v1/teams}, {@code GET /api/v1/secrets}). */
  public static PreflightCheck against(CortexClient client) {
    Objects.requireNonNull(client, "client");
    return of(client.listTeams(), client.listSecrets());
  }

  /** A check against known teams and secrets, e.g. from an earlier look-up. */
  public static PreflightCheck of(Collection<Team> teams, Collection<Secret> secrets) {
    Set<String> teamKeys = new HashSet<>();
    teams.forEach(t -> {
      teamKeys.add(t.id());
      teamKeys.add(t.tag());
    });
    Set<String> secretKeys = new HashSet<>();
    secrets.forEach(s -> secretKeys.add(s.tag()));
    return new PreflightCheck(teamKeys, secretKeys);
  }

  /**
   * Every unresolved team and secret reference in {@code workflow}, in descriptor order (run restrictions, then
   * blocks in file order).
   */
  public List<Violation> check(Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    List<Violation> out = new ArrayList<>();
    List<RunRestriction> restrictions = workflow.runRestrictionPolicies();
    for (int i = 0; i < restrictions.size(); i++) {
      RunRestriction r = restrictions.get(i);
      if (r.type().equals(RestrictionType.TEAM) && !teams.contains(r.id())) {
        out.add(Violation.error(PreflightCode.UNKNOWN_TEAM,
            "/runRestrictionPolicies/" + i + "/id",
            "runRestrictionPolicies[" + i + "] names team '" + r.id() + "', which is no team"));
      }
    }
    List<Block> blocks = workflow.actions();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.schema() instanceof ManualApproval approval) {
        List<String> ids = approval.approvingTeamIds();
        for (int j = 0; j < ids.size(); j++) {
          if (!teams.contains(ids.get(j))) {
            out.add(Violation.error(PreflightCode.UNKNOWN_TEAM,
                "/actions/" + i + "/schema/approvingTeamIds/" + j,
                where(b, i) + "approvingTeamIds names '" + ids.get(j) + "', which is no team"));
          }
        }
      }
    }
    for (SecretReferences.Use use : SecretReferences.find(workflow)) {
      if (!secrets.contains(use.secretTag())) {
        String owner = use.blockIndex() < 0 ? "" : where(blocks.get(use.blockIndex()), use.blockIndex());
        out.add(Violation.error(PreflightCode.UNKNOWN_SECRET, use.pointer(),
            owner + "reads secret '" + use.secretTag() + "', which is no secret"));
      }
    }
    return out;
  }

  private static String where(Block block, int index) {
    return "block '" + block.slug() + "' (actions[" + index + "]): ";
  }
}
