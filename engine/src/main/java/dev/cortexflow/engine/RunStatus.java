package dev.cortexflow.engine;

/** How a run, or one block of it, ended: the statuses the Cortex Runs API reports. */
public enum RunStatus {
  /** Every block that was reached ran; nothing is left. */
  COMPLETED,
  /** A block failed; the run stopped there. */
  FAILED,
  /** An asynchronous block waits for a callback that the run's answers do not give. */
  PAUSED
}
