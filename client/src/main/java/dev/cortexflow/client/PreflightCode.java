package dev.cortexflow.client;

/** The codes of {@link PreflightViolation}: references that only the live workspace can resolve. */
public enum PreflightCode {
  /** A MANUAL_APPROVAL {@code approvingTeamIds} entry or a TEAM run restriction names no existing team. */
  UNKNOWN_TEAM,
  /** A {@code context.secrets.<tag>} reference names no existing secret. */
  UNKNOWN_SECRET
}
