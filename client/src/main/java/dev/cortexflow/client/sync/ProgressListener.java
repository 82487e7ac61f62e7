package dev.cortexflow.client.sync;

/**
 * Told after each write {@link SyncEngine#apply} makes (creates, updates, prunes), and optionally when it begins; may
 * be called from several threads, one call at a time.
 *
 * <pre>{@code
 * ApplyOptions.defaults().withListener((done, total, result) ->
 *     System.err.println(ProgressListener.line(done, total, result)));   // [37/500] updated deploy-service
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that does nothing. */
  ProgressListener NONE = (done, total, result) -> { };

  /**
   * Called once per finished write.
   *
   * @param done how many writes have finished, this one included
   * @param total how many writes the apply makes
   * @param result what happened
   */
  void onResult(int done, int total, SyncResult result);

  /**
   * Called when a write begins, before its request is sent; {@link #onResult} for the same tag follows. Lets a caller
   * tell what is in flight, e.g. when the process is interrupted. Does nothing unless overridden.
   *
   * @param tag the tag of the workflow being written
   * @param total how many writes the apply makes
   */
  default void onStart(String tag, int total) {}

  /** The standard progress line: {@code [37/500] updated deploy-service}. */
  static String line(int done, int total, SyncResult result) {
    return "[" + done + "/" + total + "] " + result;
  }
}
