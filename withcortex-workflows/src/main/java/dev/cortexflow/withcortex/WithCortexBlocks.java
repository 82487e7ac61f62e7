package dev.cortexflow.withcortex;

/**
 * Typed Cortex blocks that run withcortex.ai workflows from a Cortex workflow; import them statically.
 *
 * <pre class="compilable">{@code
 * WithCortexApp ai = WithCortexBlocks.app("app_123", "withcortex-api-key");
 * WithCortexRun review = WithCortexBlocks.runWorkflow("review", "Review the change", ai, "work_abc")
 *     .input("diff", pr.output("diff"))
 *     .version("3");
 * flow.then(review.block())
 *     .then(slack("verdict", "Verdict", "reviews", template("Review: {}", review.result())));
 * }</pre>
 */
public final class WithCortexBlocks {

  private WithCortexBlocks() {}

  /** The app to call, with the tag of the Cortex secret holding its API key. */
  public static WithCortexApp app(String appId, String tokenSecretTag) {
    return new WithCortexApp(appId, tokenSecretTag, WithCortexClientBuilder.DEFAULT_BASE_URL);
  }

  /**
   * An {@code HTTP_REQUEST} block that runs a workflow with input ({@code POST .../workflows/<id>/runs}); the
   * answer is the run, read with {@link WithCortexRun#result()} and the other typed references.
   */
  public static WithCortexRun runWorkflow(String slug, String name, WithCortexApp app, String workflowId) {
    return new WithCortexRun(slug, name, app, workflowId);
  }
}
