package dev.cortexflow.withcortex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.http.ApiCaller;
import dev.cortexflow.withcortex.internal.WithCortexApi;
import dev.cortexflow.withcortex.internal.WithCortexJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A typed client for the withcortex.ai Workflows API ({@code /apps/{app_id}/workflows}): the app's workflows, their
 * runs and versions, and the discoverable workflows other apps share.
 *
 * <pre class="compilable">{@code
 * import dev.cortexflow.withcortex.WorkflowRun;
 *
 * WithCortexClient withCortex = WithCortexClient.builder().appId("app_123").build();
 * WorkflowRun run = withCortex.run("work_abc", RunRequest.withInput(Map.of("company", "Acme")));
 * run.result();
 * }</pre>
 *
 * <p>There is no call that creates or changes a workflow: versions are deployed from the withcortex.ai builder.
 * Every method throws only the unchecked {@link CortexApiException} family, the failure model of every cortexflow
 * client (status, method and path in the message, the key never shown). 429 answers are waited out; reads and
 * cancels are retried after transient failures; runs and replays only after 429, so nothing runs twice. A
 * client-side limiter keeps below the API's 500 requests per minute. Thread-safe.
 */
public final class WithCortexClient {

  private final String baseUrl;
  private final String basePath;
  private final String appId;
  private final WithCortexApi api;
  private final ApiCaller caller;

  WithCortexClient(String baseUrl, String basePath, String appId, WithCortexApi api, ApiCaller caller) {
    this.baseUrl = baseUrl;
    this.basePath = basePath;
    this.appId = appId;
    this.api = api;
    this.caller = caller;
  }

  /** A builder with the defaults described on {@link WithCortexClientBuilder}. */
  public static WithCortexClientBuilder builder() {
    return new WithCortexClientBuilder();
  }

  /** The app whose workflows this client uses. */
  public String appId() {
    return appId;
  }

  /** Lists every workflow of the app, following {@code page} to the last one ({@code GET .../workflows}). */
  public List<WithCortexWorkflow> listWorkflows() {
    return listWorkflows(Optional.empty());
  }

  /** Lists the app's workflows matching {@code search} ({@code search}), every page. */
  public List<WithCortexWorkflow> listWorkflows(String search) {
    return listWorkflows(Optional.of(Objects.requireNonNull(search, "search")));
  }

  private List<WithCortexWorkflow> listWorkflows(Optional<String> search) {
    return allPages(workflowsPath(), RunQuery.DEFAULT_TAKE, page -> searchQuery(page, search),
        query -> api.listWorkflows(appId, query), WithCortexJson::workflow);
  }

  /**
   * Reads one workflow ({@code GET .../workflows/{workflow_id}}).
   *
   * @throws CortexApiException.NotFound when there is no such workflow
   */
  public WithCortexWorkflow getWorkflow(String workflowId) {
    return caller.call("GET", workflowPath(workflowId), true, () -> api.getWorkflow(appId, workflowId),
        body -> WithCortexJson.one(body, WithCortexJson::workflow));
  }

  /** Lists a workflow's runs matching {@code query}, every page ({@code GET .../runs}). */
  public List<WorkflowRun> listRuns(String workflowId, RunQuery query) {
    Objects.requireNonNull(query, "query");
    return allPages(workflowPath(workflowId) + "/runs", query.take(), page -> {
      Map<String, Object> q = new LinkedHashMap<>();
      query.status().ifPresent(s -> q.put("status", s.value()));
      query.origin().ifPresent(o -> q.put("origin", o));
      q.put("page", page);
      q.put("take", query.take());
      return q;
    }, q -> api.listRuns(appId, workflowId, q), WithCortexJson::run);
  }

  /**
   * Reads one run ({@code GET .../runs/{run_id}}).
   *
   * @throws CortexApiException.NotFound when there is no such run
   */
  public WorkflowRun getRun(String workflowId, String runId) {
    return caller.call("GET", runPath(workflowId, runId), true, () -> api.getRun(appId, workflowId, runId),
        body -> WithCortexJson.one(body, WithCortexJson::run));
  }

  /**
   * Runs a workflow ({@code POST .../runs}) with its input and, optionally, a version. Without
   * {@link RunRequest#inBackground()} the API answers when the run ends. Retried only after 429.
   *
   * @throws IllegalArgumentException for {@link RunRequest#streaming()}, before anything is sent
   */
  public WorkflowRun run(String workflowId, RunRequest request) {
    String body = WithCortexJson.runBody(Objects.requireNonNull(request, "request"));
    return caller.call("POST", workflowPath(workflowId) + "/runs", false, () -> api.run(appId, workflowId, body),
        b -> WithCortexJson.one(b, WithCortexJson::run));
  }

  /** Cancels a running run ({@code POST .../runs/{run_id}/cancel}); retried after transient failures. */
  public WorkflowRun cancelRun(String workflowId, String runId) {
    return caller.call("POST", runPath(workflowId, runId) + "/cancel", true,
        () -> api.cancel(appId, workflowId, runId), b -> WithCortexJson.one(b, WithCortexJson::run));
  }

  /**
   * Replays a run from the step {@code stepKey} ({@code POST .../runs/{run_id}/replay} with {@code stepKey}).
   * Retried only after 429.
   */
  public WorkflowRun replayRun(String workflowId, String runId, String stepKey) {
    Objects.requireNonNull(stepKey, "stepKey");
    String body = WithCortexJson.replayBody(stepKey);
    return caller.call("POST", runPath(workflowId, runId) + "/replay", false,
        () -> api.replay(appId, workflowId, runId, body), b -> WithCortexJson.one(b, WithCortexJson::run));
  }

  /** Lists a workflow's deployed versions, every page ({@code GET .../versions}). */
  public List<WorkflowVersion> listVersions(String workflowId) {
    return allPages(workflowPath(workflowId) + "/versions", RunQuery.DEFAULT_TAKE,
        page -> searchQuery(page, Optional.empty()), q -> api.listVersions(appId, workflowId, q),
        WithCortexJson::version);
  }

  /**
   * Reads one version by id or number ({@code GET .../versions/{version_id_or_version_number}}).
   *
   * @throws CortexApiException.NotFound when there is no such version
   */
  public WorkflowVersion getVersion(String workflowId, String versionIdOrNumber) {
    String version = segment(versionIdOrNumber, "version");
    return caller.call("GET", workflowPath(workflowId) + "/versions/" + encode(version), true,
        () -> api.getVersion(appId, workflowId, version), b -> WithCortexJson.one(b, WithCortexJson::version));
  }

  /** Lists every discoverable workflow, every page ({@code GET .../workflows/discover}). */
  public List<WithCortexWorkflow> discoverWorkflows() {
    return discoverWorkflows(Optional.empty());
  }

  /** Lists the discoverable workflows matching {@code search} ({@code search}), every page. */
  public List<WithCortexWorkflow> discoverWorkflows(String search) {
    return discoverWorkflows(Optional.of(Objects.requireNonNull(search, "search")));
  }

  private List<WithCortexWorkflow> discoverWorkflows(Optional<String> search) {
    return allPages(discoverPath(), RunQuery.DEFAULT_TAKE, page -> searchQuery(page, search),
        q -> api.discover(appId, q), WithCortexJson::workflow);
  }

  /** Reads one discoverable workflow ({@code GET .../workflows/discover/{workflow_id}}). */
  public WithCortexWorkflow getDiscoverableWorkflow(String workflowId) {
    String id = segment(workflowId, "workflowId");
    return caller.call("GET", discoverPath() + "/" + encode(id), true, () -> api.getDiscoverable(appId, id),
        b -> WithCortexJson.one(b, WithCortexJson::workflow));
  }

  /** Reads one version of a discoverable workflow by id or number. */
  public WorkflowVersion getDiscoverableVersion(String workflowId, String versionIdOrNumber) {
    String id = segment(workflowId, "workflowId");
    String version = segment(versionIdOrNumber, "version");
    return caller.call("GET", discoverPath() + "/" + encode(id) + "/versions/" + encode(version), true,
        () -> api.getDiscoverableVersion(appId, id, version), b -> WithCortexJson.one(b, WithCortexJson::version));
  }

  /** Runs a discoverable workflow ({@code POST .../workflows/discover/{workflow_id}/runs}); retried only after 429. */
  public WorkflowRun runDiscoverable(String workflowId, RunRequest request) {
    String id = segment(workflowId, "workflowId");
    String body = WithCortexJson.runBody(Objects.requireNonNull(request, "request"));
    return caller.call("POST", discoverPath() + "/" + encode(id) + "/runs", false,
        () -> api.runDiscoverable(appId, id, body), b -> WithCortexJson.one(b, WithCortexJson::run));
  }

  /** Cancels a run of a discoverable workflow; retried after transient failures. */
  public WorkflowRun cancelDiscoverableRun(String workflowId, String runId) {
    String id = segment(workflowId, "workflowId");
    String run = segment(runId, "runId");
    return caller.call("POST", discoverPath() + "/" + encode(id) + "/runs/" + encode(run) + "/cancel", true,
        () -> api.cancelDiscoverable(appId, id, run), b -> WithCortexJson.one(b, WithCortexJson::run));
  }

  /** {@code WithCortexClient[<base url>, app <id>]}; never the key. */
  @Override
  public String toString() {
    return "WithCortexClient[" + baseUrl + ", app " + appId + "]";
  }

  /** Reads pages 1, 2, … until one holds fewer than {@code take} items. */
  private <T> List<T> allPages(String path, int take, IntFunction<Map<String, Object>> queryOf,
      Function<Map<String, Object>, String> http, Function<JsonNode, T> item) {
    List<T> out = new ArrayList<>();
    for (int page = 1; ; page++) {
      Map<String, Object> query = queryOf.apply(page);
      List<T> items = caller.call("GET", path + queryString(query), true, () -> http.apply(query),
          b -> WithCortexJson.list(b, item));
      out.addAll(items);
      if (items.size() < take) {
        return List.copyOf(out);
      }
    }
  }

  private static Map<String, Object> searchQuery(int page, Optional<String> search) {
    Map<String, Object> query = new LinkedHashMap<>();
    search.ifPresent(s -> query.put("search", s));
    query.put("page", page);
    query.put("take", RunQuery.DEFAULT_TAKE);
    return query;
  }

  private static String queryString(Map<String, Object> query) {
    StringBuilder sb = new StringBuilder();
    query.forEach((k, v) -> sb.append(sb.length() == 0 ? '?' : '&').append(k).append('=')
        .append(encode(String.valueOf(v))));
    return sb.toString();
  }

  private String workflowsPath() {
    return basePath + "/apps/" + encode(appId) + "/workflows";
  }

  private String discoverPath() {
    return workflowsPath() + "/discover";
  }

  private String workflowPath(String workflowId) {
    return workflowsPath() + "/" + encode(segment(workflowId, "workflowId"));
  }

  private String runPath(String workflowId, String runId) {
    return workflowPath(workflowId) + "/runs/" + encode(segment(runId, "runId"));
  }

  private static String segment(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank: give the id withcortex.ai shows");
    }
    return value;
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
