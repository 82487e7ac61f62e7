package dev.cortexflow.client;

import dev.cortexflow.client.http.ApiCaller;
import dev.cortexflow.client.internal.ApiJson;
import dev.cortexflow.client.internal.DirectoryApi;
import dev.cortexflow.client.internal.FeignApis;
import dev.cortexflow.client.internal.LiveWorkflows;
import dev.cortexflow.client.internal.WorkflowsApi;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed client for the Cortex Workflows API and the read-only Teams and Secrets look-ups.
 *
 * <pre>{@code
 * CortexClient client = CortexClient.builder()          // CORTEX_API_URL, CORTEX_API_TOKEN by default
 *     .baseUrl("http://localhost:8080")
 *     .build();
 * client.createOrUpdate(yamlText, DescriptorFormat.YAML);
 * List<WorkflowSummary> all = client.listWorkflows(WorkflowQuery.all().withActions());
 * }</pre>
 *
 * <p>Every method throws only the unchecked {@link CortexApiException} family (plus {@link RunTimeoutException} from
 * {@link #awaitRun}). 429 responses are waited out and retried, transient failures of repeatable requests are retried
 * with backoff (see {@link RetryPolicy}), and a client-side limiter keeps the request rate under the configured
 * requests per minute. The API token is sent as {@code Authorization: Bearer} and never appears in a message,
 * exception or {@code toString}. Instances are thread-safe.
 */
public final class CortexClient {

  private static final String WORKFLOWS = "/api/v1/workflows";

  private final String baseUrl;
  private final WorkflowsApi workflows;
  private final DirectoryApi directory;
  private final ApiCaller caller;
  private final ClientTime time;

  CortexClient(String baseUrl, FeignApis apis, ApiCaller caller, ClientTime time) {
    this.baseUrl = baseUrl;
    this.workflows = apis.workflows();
    this.directory = apis.directory();
    this.caller = caller;
    this.time = time;
  }

  /** A builder with the defaults described on {@link CortexClientBuilder}. */
  public static CortexClientBuilder builder() {
    return new CortexClientBuilder();
  }

  /** The base URL requests go to, e.g. {@code https://api.getcortexapp.com}. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Lists every workflow matching {@code query}, following {@code page} until the last one
   * ({@code GET /api/v1/workflows}).
   *
   * @param query {@code includeActions}, {@code searchQuery} and {@code pageSize}
   * @return the workflows in the server's order
   */
  public List<WorkflowSummary> listWorkflows(WorkflowQuery query) {
    Objects.requireNonNull(query, "query");
    List<WorkflowSummary> out = new ArrayList<>();
    for (int page = 0; ; page++) {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("includeActions", query.includeActions());
      query.searchQuery().ifPresent(q -> params.put("searchQuery", q));
      params.put("page", page);
      params.put("pageSize", query.pageSize());
      ApiJson.Page<WorkflowSummary> result = caller.call("GET", WORKFLOWS + "?" + queryString(params), true,
          () -> workflows.list(params), ApiJson::workflowPage);
      out.addAll(result.items());
      if (page + 1 >= result.totalPages() || result.items().isEmpty()) {
        return List.copyOf(out);
      }
    }
  }

  /**
   * Reads one workflow's descriptor text as the server renders it ({@code GET /api/v1/workflows/{tagOrId}} with
   * {@code Accept} set to {@code format}'s media type).
   *
   * @throws CortexApiException.NotFound when there is no such workflow
   */
  public String getWorkflowText(String tagOrId, DescriptorFormat format) {
    Objects.requireNonNull(format, "format");
    String path = workflowPath(tagOrId);
    return caller.call("GET", path, true, () -> workflows.get(tagOrId, format.mediaType()), body -> body);
  }

  /**
   * Reads one workflow, or empty when the server answers 404.
   *
   * @param tagOrId the workflow's tag or id
   */
  public Optional<WorkflowSummary> findWorkflow(String tagOrId) {
    String path = workflowPath(tagOrId);
    try {
      return Optional.of(caller.call("GET", path, true, () -> workflows.get(tagOrId, "application/json"),
          body -> ApiJson.workflow(ApiJson.parse(body))));
    } catch (CortexApiException.NotFound e) {
      return Optional.empty();
    }
  }

  /**
   * Creates the workflow, or replaces the one with the same {@code tag} ({@code POST /api/v1/workflows}, an
   * idempotent upsert, so it is retried after transient failures).
   *
   * @param descriptor YAML or JSON text, sent as is
   * @param format sets {@code Content-Type}
   * @return the workflow as the server stored it
   * @throws CortexApiException.DefinitionRejected when the server rejects the definition (400)
   */
  public WorkflowSummary createOrUpdate(String descriptor, DescriptorFormat format) {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(format, "format");
    return caller.call("POST", WORKFLOWS, true, () -> workflows.createOrUpdate(format.mediaType(), descriptor),
        body -> ApiJson.workflow(ApiJson.parse(body)));
  }

  /**
   * Creates or replaces {@code workflow}, sent as the JSON descriptor {@link WorkflowJson#write(Workflow)} renders.
   *
   * @return the workflow as the server stored it
   * @throws CortexApiException.DefinitionRejected when the server rejects the definition (400)
   */
  public WorkflowSummary createOrUpdate(Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    return createOrUpdate(WorkflowJson.write(workflow), DescriptorFormat.JSON);
  }

  /**
   * Reads one workflow into the model: the definition is fetched as JSON, the keys the server manages
   * ({@code id}, {@code createdAt}, {@code lastUpdatedAt}) are dropped, and the rest is read with
   * {@link WorkflowJson#read(String)}.
   *
   * @throws CortexApiException.NotFound when there is no such workflow
   * @throws CortexApiException.MalformedResponse when the definition cannot be read as a workflow
   */
  public Workflow getWorkflow(String tagOrId) {
    String path = workflowPath(tagOrId);
    return caller.call("GET", path, true, () -> workflows.get(tagOrId, "application/json"), LiveWorkflows::read);
  }

  /**
   * Asks the server to validate {@code workflow}, sent as its JSON descriptor, without saving it.
   *
   * @return whether it is accepted and the server's violations
   */
  public ValidationResult validate(Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    return validate(WorkflowJson.write(workflow), DescriptorFormat.JSON);
  }

  /**
   * Asks the server to validate a descriptor without saving it ({@code POST /api/v1/workflows/validate}).
   *
   * @param descriptor YAML or JSON text, sent as is
   * @param format sets {@code Content-Type}
   * @return whether it is accepted and the server's violations
   */
  public ValidationResult validate(String descriptor, DescriptorFormat format) {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(format, "format");
    return caller.call("POST", WORKFLOWS + "/validate", true,
        () -> workflows.validate(format.mediaType(), descriptor), ApiJson::validation);
  }

  /**
   * Deletes a workflow ({@code DELETE /api/v1/workflows/{tagOrId}}).
   *
   * @throws CortexApiException.NotFound when there is no such workflow
   */
  public void deleteWorkflow(String tagOrId) {
    String path = workflowPath(tagOrId);
    caller.run("DELETE", path, true, () -> workflows.delete(tagOrId));
  }

  /**
   * Resumes or updates a paused async HTTP block
   * ({@code POST /api/v1/workflows/{tagOrId}/callback/{callbackId}}). Retried only after 429.
   *
   * @throws CortexApiException.NotFound when the run or block does not exist
   * @throws CortexApiException.UnexpectedStatus with status 406 when the block is not waiting for a callback
   */
  public void callback(String tagOrId, String callbackId, Callback callback) {
    Objects.requireNonNull(callbackId, "callbackId");
    Objects.requireNonNull(callback, "callback");
    String path = workflowPath(tagOrId) + "/callback/" + encode(callbackId);
    caller.run("POST", path, false, () -> workflows.callback(tagOrId, callbackId, ApiJson.callbackBody(callback)));
  }

  /**
   * Starts a run ({@code POST /api/v1/workflows/{tagOrId}/runs}); the workflow must have
   * {@code isRunnableViaApi: true}. Retried only after 429, so a run is never started twice.
   *
   * @throws CortexApiException.Forbidden when running via the API is not enabled
   */
  public WorkflowRun startRun(String tagOrId, RunRequest request) {
    Objects.requireNonNull(request, "request");
    String path = workflowPath(tagOrId) + "/runs";
    return caller.call("POST", path, false, () -> workflows.startRun(tagOrId, ApiJson.runBody(request)),
        ApiJson::run);
  }

  /** Reads a run ({@code GET /api/v1/workflows/{tagOrId}/runs/{runId}}). */
  public WorkflowRun getRun(String tagOrId, String runId) {
    Objects.requireNonNull(runId, "runId");
    String path = workflowPath(tagOrId) + "/runs/" + encode(runId);
    return caller.call("GET", path, true, () -> workflows.getRun(tagOrId, runId), ApiJson::run);
  }

  /**
   * Polls a run every {@code pollInterval} until it is no longer {@code PENDING} or {@code RUNNING}.
   *
   * @return the run in its first inactive status ({@code PAUSED}, {@code COMPLETED}, {@code FAILED}, ...)
   * @throws RunTimeoutException when it is still active after {@code timeout}
   */
  public WorkflowRun awaitRun(String tagOrId, String runId, Duration timeout, Duration pollInterval) {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(pollInterval, "pollInterval");
    long deadline = time.nanoTime() + timeout.toNanos();
    while (true) {
      WorkflowRun run = getRun(tagOrId, runId);
      if (!run.status().isActive()) {
        return run;
      }
      long left = deadline - time.nanoTime();
      if (left <= 0) {
        throw new RunTimeoutException(tagOrId, run, timeout);
      }
      time.sleep(Duration.ofNanos(Math.min(left, pollInterval.toNanos())), "GET", workflowPath(tagOrId));
    }
  }

  /** Lists every team, archived ones included ({@code GET /api/v1/teams}). */
  public List<Team> listTeams() {
    return caller.call("GET", "/api/v1/teams?includeTeamsWithoutMembers=true", true, directory::listTeams, ApiJson::teams);
  }

  /**
   * Reads one team by tag or id ({@code GET /api/v1/teams/{tagOrId}}).
   *
   * @throws CortexApiException.NotFound when there is no such team
   */
  public Team getTeam(String tagOrId) {
    Objects.requireNonNull(tagOrId, "tagOrId");
    return caller.call("GET", "/api/v1/teams/" + encode(tagOrId), true, () -> directory.getTeam(tagOrId),
        body -> ApiJson.team(ApiJson.parse(body)));
  }

  /** Lists every secret's identity, following every page ({@code GET /api/v1/secrets}); never values. */
  public List<Secret> listSecrets() {
    List<Secret> out = new ArrayList<>();
    for (int page = 0; ; page++) {
      int p = page;
      ApiJson.Page<Secret> result = caller.call("GET", "/api/v1/secrets?page=" + page + "&pageSize=" + WorkflowQuery.MAX_PAGE_SIZE, true,
          () -> directory.listSecrets(p, WorkflowQuery.MAX_PAGE_SIZE), ApiJson::secretPage);
      out.addAll(result.items());
      if (page + 1 >= result.totalPages() || result.items().isEmpty()) {
        return List.copyOf(out);
      }
    }
  }

  /**
   * Reads one secret's identity by tag or id ({@code GET /api/v1/secrets/{tagOrId}}).
   *
   * @throws CortexApiException.NotFound when there is no such secret
   */
  public Secret getSecret(String tagOrId) {
    Objects.requireNonNull(tagOrId, "tagOrId");
    return caller.call("GET", "/api/v1/secrets/" + encode(tagOrId), true, () -> directory.getSecret(tagOrId),
        body -> ApiJson.secret(ApiJson.parse(body)));
  }

  /** {@code CortexClient[<base url>]}; never the token. */
  @Override
  public String toString() {
    return "CortexClient[" + baseUrl + "]";
  }

  // The query as Feign sends it, so that a failure names the request actually made.
  private static String queryString(Map<String, Object> params) {
    StringBuilder query = new StringBuilder();
    params.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&").append(name).append('=')
        .append(encode(String.valueOf(value))));
    return query.toString();
  }

    private static String workflowPath(String tagOrId) {
    Objects.requireNonNull(tagOrId, "tagOrId");
    return WORKFLOWS + "/" + encode(tagOrId);
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
