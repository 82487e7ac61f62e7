package dev.cortexflow.cloudflare;

import dev.cortexflow.dsl.AsyncHttpRequestBlock;
import dev.cortexflow.dsl.Blocks;
import dev.cortexflow.expr.Expr;
import dev.cortexflow.expr.HasRef;
import dev.cortexflow.expr.Ref;
import dev.cortexflow.model.block.HttpMethod;
import java.util.Objects;
import java.util.Optional;

/**
 * A block that starts a Cloudflare Workflow instance and waits for its result: an {@code HTTP_REQUEST_ASYNC} with
 * {@code httpMethod: POST} to {@code <base>/accounts/<id>/workflows/<name>/instances}, headers
 * {@code Authorization: Bearer {{{context.secrets.<tag>}}}} and {@code Content-Type: application/json}, and the
 * payload {@code {"instance_id": …, "params": {"cortexCallbackUrl": "{{{callbackUrl}}}", …}}}.
 *
 * <p>The Workflow ends by posting to {@code event.payload.cortexCallbackUrl}, with a Cortex API token that may
 * edit workflow runs, the body {@code {"status": "SUCCESS", "message": "…", "response": {…}}} (or
 * {@code "FAILURE"}); the members of {@code response} are then {@link #callbackOutput(String)}. Create it with
 * {@link CloudflareBlocks#runInstance(String, String, CloudflareAccount, String)}.
 */
public final class CloudflareInstanceRun {

  /** The member of {@code params} that carries the block's callback URL to the Workflow. */
  public static final String CALLBACK_URL_PARAM = "cortexCallbackUrl";

  private final String slug;
  private final String name;
  private final CloudflareAccount account;
  private final String url;
  private final InstanceParams body;
  private Optional<Integer> timeoutInSeconds = Optional.empty();

  CloudflareInstanceRun(String slug, String name, CloudflareAccount account, String workflowName) {
    this.slug = Objects.requireNonNull(slug, "slug");
    this.name = Objects.requireNonNull(name, "name");
    this.account = Objects.requireNonNull(account, "account");
    this.url = account.workflowUrl(workflowName) + "/instances";
    this.body = new InstanceParams(slug);
    body.param(CALLBACK_URL_PARAM, Expr.callbackUrl());
  }

  /** Sets the instance id ({@code instance_id}, 1 to 100 characters); Cloudflare picks one when unset. */
  public CloudflareInstanceRun instanceId(String id) {
    body.instanceId(Objects.requireNonNull(id, "id"));
    return this;
  }

  /** Sets the instance id ({@code instance_id}) from a reference, e.g. {@code context().workflowRunId()}. */
  public CloudflareInstanceRun instanceId(HasRef id) {
    body.instanceId(Objects.requireNonNull(id, "id"));
    return this;
  }

  /** Adds a member of {@code params}: plain Java data, a {@code JsonValue}, or a reference (sent as a string). */
  public CloudflareInstanceRun param(String key, Object value) {
    if (CALLBACK_URL_PARAM.equals(key)) {
      throw new IllegalArgumentException("param '" + key + "' of block '" + slug + "' is set by the block: it"
          + " carries the callback URL");
    }
    body.param(key, value);
    return this;
  }

  /** Sets how long the block waits for the Workflow's callback ({@code timeoutInSeconds}). */
  public CloudflareInstanceRun timeoutInSeconds(int seconds) {
    if (timeoutInSeconds.isPresent()) {
      throw new IllegalStateException("timeoutInSeconds of block '" + slug + "' is already set");
    }
    timeoutInSeconds = Optional.of(seconds);
    return this;
  }

  /** The block to add to the flow; each call builds a new one from the settings made so far. */
  public AsyncHttpRequestBlock block() {
    AsyncHttpRequestBlock block = Blocks.asyncHttpRequest(slug, name, HttpMethod.POST, url)
        .header("Authorization", account.authorization())
        .header("Content-Type", "application/json")
        .payload(body.body().toTemplate());
    timeoutInSeconds.ifPresent(block::timeoutInSeconds);
    return block;
  }

  /**
   * A member of the {@code response} the Workflow posted with its callback
   * ({@code actions.<slug>.outputs.result.output.<key>}).
   */
  public Ref callbackOutput(String key) {
    return callbackResponse().field(Objects.requireNonNull(key, "key"));
  }

  /** The whole {@code response} the Workflow posted ({@code actions.<slug>.outputs.result.output}). */
  public Ref callbackResponse() {
    return Expr.action(slug).field("result").field("output");
  }
}
