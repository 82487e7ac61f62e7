package dev.cortexflow.cloudflare;

import dev.cortexflow.dsl.Blocks;
import dev.cortexflow.dsl.HttpRequestBlock;
import dev.cortexflow.expr.Expr;
import dev.cortexflow.expr.HasRef;
import dev.cortexflow.expr.Ref;
import dev.cortexflow.model.block.HttpMethod;
import java.util.Objects;

/**
 * A block that starts a Cloudflare Workflow instance and goes on at once: an {@code HTTP_REQUEST} with
 * {@code httpMethod: POST} to {@code <base>/accounts/<id>/workflows/<name>/instances}, headers
 * {@code Authorization: Bearer {{{context.secrets.<tag>}}}} and {@code Content-Type: application/json}, and the
 * payload {@code {"instance_id": …, "params": {…}}}. Create it with
 * {@link CloudflareBlocks#startInstance(String, String, CloudflareAccount, String)}, set it up, then pass
 * {@link #block()} to {@code then(...)}.
 */
public final class CloudflareInstanceStart {

  private final String slug;
  private final String name;
  private final CloudflareAccount account;
  private final String url;
  private final InstanceParams body;

  CloudflareInstanceStart(String slug, String name, CloudflareAccount account, String workflowName) {
    this.slug = Objects.requireNonNull(slug, "slug");
    this.name = Objects.requireNonNull(name, "name");
    this.account = Objects.requireNonNull(account, "account");
    this.url = account.workflowUrl(workflowName) + "/instances";
    this.body = new InstanceParams(slug);
  }

  /** Sets the instance id ({@code instance_id}, 1 to 100 characters); Cloudflare picks one when unset. */
  public CloudflareInstanceStart instanceId(String id) {
    body.instanceId(Objects.requireNonNull(id, "id"));
    return this;
  }

  /** Sets the instance id ({@code instance_id}) from a reference, e.g. {@code context().workflowRunId()}. */
  public CloudflareInstanceStart instanceId(HasRef id) {
    body.instanceId(Objects.requireNonNull(id, "id"));
    return this;
  }

  /** Adds a member of {@code params}: plain Java data, a {@code JsonValue}, or a reference (sent as a string). */
  public CloudflareInstanceStart param(String key, Object value) {
    body.param(key, value);
    return this;
  }

  /** The block to add to the flow; each call builds a new one from the settings made so far. */
  public HttpRequestBlock block() {
    return Blocks.httpRequest(slug, name, HttpMethod.POST, url)
        .header("Authorization", account.authorization())
        .header("Content-Type", "application/json")
        .payload(body.body().toTemplate());
  }

  /** The new instance's id ({@code actions.<slug>.outputs.body.result.id}). */
  public Ref instanceId() {
    return result().field("id");
  }

  /** The new instance's status, usually {@code queued} ({@code actions.<slug>.outputs.body.result.status}). */
  public Ref status() {
    return result().field("status");
  }

  /** The workflow version the instance runs ({@code actions.<slug>.outputs.body.result.version_id}). */
  public Ref versionId() {
    return result().field("version_id");
  }

  private Ref result() {
    return Expr.action(slug).field("body").field("result");
  }
}
