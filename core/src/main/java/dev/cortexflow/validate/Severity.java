package dev.cortexflow.validate;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The workflow is invalid: Cortex rejects it, or a run of it fails. {@code build()} refuses it. */
  ERROR,
  /** The workflow is accepted, but something is probably wrong. */
  WARNING
}
