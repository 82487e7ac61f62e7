package dev.cortexflow.cloudflare;

import dev.cortexflow.client.http.Settings;
import dev.cortexflow.expr.Expr;
import dev.cortexflow.expr.Template;
import java.util.Objects;

/**
 * The Cloudflare account a Cortex block calls, and the Cortex secret ({@code context.secrets.<tag>}) that holds
 * the API token; the token itself is never written into a descriptor. Create it with
 * {@link CloudflareBlocks#account(String, String)}.
 *
 * @param accountId the account id of every path
 * @param tokenSecret the tag of the Cortex secret holding a Cloudflare API token with {@code Workers Scripts Write}
 * @param baseUrl the API root, {@value CloudflareWorkflowsClientBuilder#DEFAULT_BASE_URL} unless changed
 */
public record CloudflareAccount(String accountId, String tokenSecret, String baseUrl) {

  /** Checks the components. */
  public CloudflareAccount {
    Objects.requireNonNull(accountId, "accountId");
    if (!accountId.matches("[A-Za-z0-9]{1,64}")) {
      throw new IllegalArgumentException("account id of " + accountId.length() + " characters is not valid: use the"
          + " 32 hexadecimal characters shown in the Cloudflare dashboard");
    }
    Objects.requireNonNull(tokenSecret, "tokenSecret");
    if (!tokenSecret.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("secret tag '" + tokenSecret + "' is not valid: use the tag of a Cortex"
          + " secret ([A-Za-z0-9_-]), never the token itself");
    }
    baseUrl = Settings.baseUrl(baseUrl);
  }

  /** This account reached at another API root, e.g. a proxy. */
  public CloudflareAccount withBaseUrl(String url) {
    return new CloudflareAccount(accountId, tokenSecret, url);
  }

  /** The {@code Authorization} header value: {@code Bearer {{{context.secrets.<tag>}}}}. */
  Template authorization() {
    return Expr.rawTemplate("Bearer {}", Expr.secretRef(tokenSecret));
  }


  /** The escaped URL prefix of a Workflow: {@code <base>/accounts/<id>/workflows/<name>}. */
  String workflowUrl(String workflowName) {
    Objects.requireNonNull(workflowName, "workflowName");
    if (!workflowName.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException("workflow name '" + workflowName + "' is not valid: use 1 to 64 of"
          + " [A-Za-z0-9_-]");
    }
    return Template.escape(baseUrl + "/accounts/" + accountId + "/workflows/" + workflowName);
  }
}
