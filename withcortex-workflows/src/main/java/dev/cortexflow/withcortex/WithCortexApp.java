package dev.cortexflow.withcortex;

import dev.cortexflow.client.http.Settings;
import dev.cortexflow.expr.Expr;
import dev.cortexflow.expr.Template;
import java.util.Objects;

/**
 * The withcortex.ai app a Cortex block calls, and the Cortex secret ({@code context.secrets.<tag>}) holding its
 * API key; the key itself is never written into a descriptor. Create it with
 * {@link WithCortexBlocks#app(String, String)}.
 *
 * @param appId the app id of every path
 * @param tokenSecret the tag of the Cortex secret holding the withcortex.ai API key
 * @param baseUrl the API host, {@value WithCortexClientBuilder#DEFAULT_BASE_URL} unless changed
 */
public record WithCortexApp(String appId, String tokenSecret, String baseUrl) {

  /** Checks the components. */
  public WithCortexApp {
    WithCortexClientBuilder.checkApp(Objects.requireNonNull(appId, "appId"));
    Objects.requireNonNull(tokenSecret, "tokenSecret");
    if (!tokenSecret.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("secret tag '" + tokenSecret + "' is not valid: use the tag of a Cortex"
          + " secret ([A-Za-z0-9_-]), never the key itself");
    }
    baseUrl = Settings.baseUrl(baseUrl);
  }

  /** This app reached at another host, e.g. a proxy. */
  public WithCortexApp withBaseUrl(String url) {
    return new WithCortexApp(appId, tokenSecret, url);
  }

  /** The {@code Authorization} header value: {@code Bearer {{{context.secrets.<tag>}}}}. */
  Template authorization() {
    return Expr.rawTemplate("Bearer {}", Expr.secretRef(tokenSecret));
  }

  /** The escaped URL of a workflow's runs: {@code <base>/apps/<app>/workflows/<id>/runs}. */
  String runsUrl(String workflowId) {
    Objects.requireNonNull(workflowId, "workflowId");
    if (!workflowId.matches("[A-Za-z0-9_-]{1,100}")) {
      throw new IllegalArgumentException("workflow id '" + workflowId + "' is not valid: use the id withcortex.ai"
          + " shows ([A-Za-z0-9_-])");
    }
    return Template.escape(baseUrl + "/apps/" + appId + "/workflows/" + workflowId + "/runs");
  }
}
