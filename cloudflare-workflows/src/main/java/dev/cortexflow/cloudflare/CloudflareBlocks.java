package dev.cortexflow.cloudflare;

import dev.cortexflow.expr.HasRef;
import java.util.Objects;

/**
 * Typed Cortex blocks that call Cloudflare Workflows from a Cortex workflow; import them statically. Each renders
 * the method, URL, headers (the token through {@code context.secrets.<tag>}, never inline) and JSON payload of an
 * HTTP block, and exposes the answer's fields as typed references.
 *
 * <pre class="compilable">{@code
 * CloudflareAccount cf = CloudflareBlocks.account("023e105f4ecef8ad9ca31a8372d0c353", "cloudflare-api-token");
 * CloudflareInstanceRun migrate = CloudflareBlocks.runInstance("migrate", "Run the migration", cf, "db-migrate")
 *     .param("service", context().entity().tag())
 *     .timeoutInSeconds(3600);
 * flow.then(migrate.block())
 *     .then(slack("done", "Done", "deploys", template("{} rows migrated", migrate.callbackOutput("rows"))));
 * }</pre>
 */
public final class CloudflareBlocks {

  private CloudflareBlocks() {}

  /** The account to call, with the tag of the Cortex secret holding its API token. */
  public static CloudflareAccount account(String accountId, String tokenSecretTag) {
    return new CloudflareAccount(accountId, tokenSecretTag, CloudflareWorkflowsClientBuilder.DEFAULT_BASE_URL);
  }

  /**
   * An {@code HTTP_REQUEST} block that starts an instance ({@code POST .../workflows/<name>/instances}) and goes on
   * at once; read the new instance with {@link CloudflareInstanceStart#instanceId()}.
   */
  public static CloudflareInstanceStart startInstance(String slug, String name, CloudflareAccount account,
      String workflowName) {
    return new CloudflareInstanceStart(slug, name, account, workflowName);
  }

  /**
   * An {@code HTTP_REQUEST_ASYNC} block that starts an instance with the block's callback URL in its params
   * ({@value CloudflareInstanceRun#CALLBACK_URL_PARAM}) and waits until the Workflow posts its result there.
   */
  public static CloudflareInstanceRun runInstance(String slug, String name, CloudflareAccount account,
      String workflowName) {
    return new CloudflareInstanceRun(slug, name, account, workflowName);
  }

  /**
   * An {@code HTTP_REQUEST} block that sends an event to an instance waiting for {@code eventType}
   * ({@code POST .../instances/<id>/events/<type>}).
   *
   * @param instanceId the instance, usually a reference such as {@link CloudflareInstanceStart#instanceId()}
   */
  public static CloudflareEvent sendEvent(String slug, String name, CloudflareAccount account, String workflowName,
      HasRef instanceId, String eventType) {
    return new CloudflareEvent(slug, name, account, workflowName, Objects.requireNonNull(instanceId, "instanceId"),
        eventType);
  }
}
