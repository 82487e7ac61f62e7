package dev.cortexflow.cloudflare;

import dev.cortexflow.client.http.JsonPayload;
import dev.cortexflow.dsl.Blocks;
import dev.cortexflow.dsl.HttpRequestBlock;
import dev.cortexflow.expr.Expr;
import dev.cortexflow.expr.HasRef;
import dev.cortexflow.expr.Ref;
import dev.cortexflow.model.block.HttpMethod;
import java.util.Objects;

/**
 * A block that sends an event to a waiting Cloudflare Workflow instance: an {@code HTTP_REQUEST} with
 * {@code httpMethod: POST} to {@code <base>/accounts/<id>/workflows/<name>/instances/<id>/events/<type>}, headers
 * {@code Authorization: Bearer {{{context.secrets.<tag>}}}} and {@code Content-Type: application/json}, and the
 * event's payload as a JSON object. Create it with
 * {@link CloudflareBlocks#sendEvent(String, String, CloudflareAccount, String, HasRef, String)}.
 */
public final class CloudflareEvent {

  private final String slug;
  private final String name;
  private final CloudflareAccount account;
  private final String urlPattern;
  private final HasRef instanceId;
  private final JsonPayload payload = new JsonPayload();

  CloudflareEvent(String slug, String name, CloudflareAccount account, String workflowName, HasRef instanceId,
      String eventType) {
    this.slug = Objects.requireNonNull(slug, "slug");
    this.name = Objects.requireNonNull(name, "name");
    this.account = Objects.requireNonNull(account, "account");
    Objects.requireNonNull(eventType, "eventType");
    if (!eventType.matches("[A-Za-z0-9_.-]{1,100}")) {
      throw new IllegalArgumentException("event type '" + eventType + "' of block '" + slug + "' is not valid: use"
          + " 1 to 100 of [A-Za-z0-9_.-], as the workflow's waitForEvent names it");
    }
    this.urlPattern = account.workflowUrl(workflowName) + "/instances/{}/events/" + eventType;
    this.instanceId = instanceId;
  }

  /** Adds a member of the event's payload: plain Java data, a {@code JsonValue}, or a reference (a string). */
  public CloudflareEvent payload(String key, Object value) {
    if (value instanceof HasRef ref) {
      payload.put(key, ref);
    } else {
      payload.put(key, value);
    }
    return this;
  }

  /** The block to add to the flow; each call builds a new one from the settings made so far. */
  public HttpRequestBlock block() {
    return Blocks.httpRequest(slug, name, HttpMethod.POST, Expr.rawTemplate(urlPattern, instanceId))
        .header("Authorization", account.authorization())
        .header("Content-Type", "application/json")
        .payload(payload.toTemplate());
  }

  /** Whether Cloudflare accepted the event ({@code actions.<slug>.outputs.body.success}). */
  public Ref success() {
    return Expr.action(slug).field("body").field("success");
  }
}
