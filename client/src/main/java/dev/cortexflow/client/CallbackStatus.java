package dev.cortexflow.client;

/** Key {@code status} of a callback to a paused async HTTP block. */
public enum CallbackStatus {
  /** The external work succeeded; the run continues. */
  SUCCESS,
  /** The external work failed; the block fails. */
  FAILURE,
  /** Progress or data; the block stays paused. */
  UPDATE
}
