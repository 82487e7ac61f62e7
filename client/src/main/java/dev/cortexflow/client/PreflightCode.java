package dev.cortexflow.client;

import dev.cortexflow.validate.RuleCode;

/**
 * The codes of the {@link PreflightCheck}'s violations: references that only the live workspace can resolve. Each
 * is a {@link RuleCode}, so the check reports plain {@link dev.cortexflow.validate.Violation}s.
 */
public enum PreflightCode implements RuleCode {
  /** A MANUAL_APPROVAL {@code approvingTeamIds} entry or a TEAM run restriction names no existing team. */
  UNKNOWN_TEAM("A team id names no team of the workspace: use the id of an existing team."),
  /** A {@code context.secrets.<tag>} reference names no existing secret. */
  UNKNOWN_SECRET("A context.secrets reference names no secret of the workspace: add the secret or fix its tag.");

  private final String help;

  PreflightCode(String help) {
    this.help = help;
  }

  @Override
  public String help() {
    return help;
  }
}
