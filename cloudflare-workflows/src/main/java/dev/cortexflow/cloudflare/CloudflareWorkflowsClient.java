package dev.cortexflow.cloudflare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.http.ApiCaller;
import dev.cortexflow.client.http.JsonData;
import dev.cortexflow.cloudflare.internal.CloudflareApi;
import dev.cortexflow.cloudflare.internal.CloudflareJson;
import dev.cortexflow.model.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A typed client for the Cloudflare Workflows API ({@code /accounts/{account_id}/workflows}): workflows, their
 * instances and their versions.
 *
 * <pre class="compilable">{@code
 * CloudflareWorkflowsClient cloudflare = CloudflareWorkflowsClient.builder().accountId(account).build();
 * Instance started = cloudflare.createInstance("db-migrate", InstanceRequest.withParams(Map.of("service", "payments")));
 * InstanceDetails now = cloudflare.getInstance("db-migrate", started.id());
 * }</pre>
 *
 * <p>Every method throws only the unchecked {@link CortexApiException} family, the failure model of every
 * cortexflow client: the message names status, method and path ({@code [404] GET
 * /client/v4/accounts/…/workflows/x: Workflow not found (code 10404)}), and the token never appears in it.
 * 429 answers are waited out; reads, the create-or-modify {@code PUT}, deletes, pause, resume and terminate are
 * retried after transient failures; creating instances, restarting and sending events are retried only after 429,
 * so nothing starts twice. A client-side limiter keeps below Cloudflare's request limit. Thread-safe.
 */
public final class CloudflareWorkflowsClient {

  /** The largest page the list calls ask for. */
  static final int PER_PAGE = 100;

  private final String baseUrl;
  private final String basePath;
  private final String accountId;
  private final CloudflareApi api;
  private final ApiCaller caller;

  CloudflareWorkflowsClient(String baseUrl, String basePath, String accountId, CloudflareApi api, ApiCaller caller) {
    this.baseUrl = baseUrl;
    this.basePath = basePath;
    this.accountId = accountId;
    this.api = api;
    this.caller = caller;
  }

  /** A builder with the defaults described on {@link CloudflareWorkflowsClientBuilder}. */
  public static CloudflareWorkflowsClientBuilder builder() {
    return new CloudflareWorkflowsClientBuilder();
  }

  /** The account whose Workflows this client uses. */
  public String accountId() {
    return accountId;
  }

  /** Lists every Workflow of the account, following {@code page} to the last one ({@code GET .../workflows}). */
  public List<CloudflareWorkflow> listWorkflows() {
    return listWorkflows(Optional.empty());
  }

  /** Lists the Workflows whose name contains {@code search} ({@code search}), every page. */
  public List<CloudflareWorkflow> listWorkflows(String search) {
    return listWorkflows(Optional.of(Objects.requireNonNull(search, "search")));
  }

  private List<CloudflareWorkflow> listWorkflows(Optional<String> search) {
    return allPages(workflowsPath(), page -> {
      Map<String, Object> query = pageQuery(page);
      search.ifPresent(s -> query.put("search", s));
      return query;
    }, query -> api.listWorkflows(accountId, query), CloudflareJson::workflow);
  }

  /**
   * Reads one Workflow ({@code GET .../workflows/{workflow_name}}).
   *
   * @throws CortexApiException.NotFound when there is none by that name
   */
  public CloudflareWorkflow getWorkflow(String workflowName) {
    return caller.call("GET", workflowPath(workflowName), true, () -> api.getWorkflow(accountId, workflowName),
        body -> CloudflareJson.one(body, CloudflareJson::workflow));
  }

  /**
   * Creates the Workflow, or points the existing one at another class or script
   * ({@code PUT .../workflows/{workflow_name}} with {@code class_name} and {@code script_name}). Idempotent, so it
   * is retried after transient failures.
   *
   * @return the Workflow as stored, with its {@code version_id}
   */
  public CloudflareWorkflow putWorkflow(String workflowName, String className, String scriptName) {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(scriptName, "scriptName");
    String body = CloudflareJson.workflowBody(className, scriptName);
    return caller.call("PUT", workflowPath(workflowName), true, () -> api.putWorkflow(accountId, workflowName, body),
        b -> CloudflareJson.one(b, CloudflareJson::workflow));
  }

  /**
   * Deletes a Workflow, not its Worker ({@code DELETE .../workflows/{workflow_name}}).
   *
   * @throws CortexApiException.NotFound when there is none by that name
   */
  public void deleteWorkflow(String workflowName) {
    caller.call("DELETE", workflowPath(workflowName), true, () -> api.deleteWorkflow(accountId, workflowName),
        CloudflareJson::success);
  }

  /**
   * Starts an instance ({@code POST .../instances}). Retried only after 429.
   *
   * @return the new instance, usually {@code queued}
   */
  public Instance createInstance(String workflowName, InstanceRequest request) {
    Objects.requireNonNull(request, "request");
    String body = JsonData.write(CloudflareJson.instanceBody(request));
    return caller.call("POST", instancesPath(workflowName), false,
        () -> api.createInstance(accountId, workflowName, body), b -> CloudflareJson.one(b, CloudflareJson::instance));
  }

  /**
   * Starts several instances in one request ({@code POST .../instances/batch}). Retried only after 429.
   *
   * @return the new instances in the order of {@code requests}
   */
  public List<Instance> createInstances(String workflowName, List<InstanceRequest> requests) {
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("no instance to create in the batch for workflow '" + workflowName
          + "': give at least one request");
    }
    List<Map<String, Object>> entries = new ArrayList<>();
    requests.forEach(r -> entries.add(CloudflareJson.instanceBody(r)));
    String body = JsonData.write(entries);
    return caller.call("POST", instancesPath(workflowName) + "/batch", false,
        () -> api.createInstances(accountId, workflowName, body),
        b -> List.copyOf(CloudflareJson.list(b, CloudflareJson::instance)));
  }

  /**
   * Reads one page of instances ({@code GET .../instances}) with the filters of {@code query}; pass
   * {@code query.after(page.nextCursor().get())} for the next page.
   */
  public InstancePage listInstances(String workflowName, InstanceQuery query) {
    Objects.requireNonNull(query, "query");
    Map<String, Object> params = instanceQuery(query);
    String path = instancesPath(workflowName) + queryString(params);
    return caller.call("GET", path, true, () -> api.listInstances(accountId, workflowName, params),
        b -> CloudflareJson.instancePage(CloudflareJson.page(b, CloudflareJson::instance)));
  }

  /** Reads every instance matching {@code query}, following the cursor to the last page. */
  public List<Instance> listAllInstances(String workflowName, InstanceQuery query) {
    List<Instance> out = new ArrayList<>();
    InstanceQuery next = query;
    while (true) {
      InstancePage page = listInstances(workflowName, next);
      out.addAll(page.instances());
      if (page.nextCursor().isEmpty() || page.instances().isEmpty()) {
        return List.copyOf(out);
      }
      next = next.after(page.nextCursor().get());
    }
  }

  /**
   * Reads an instance's status, params, output, error and steps ({@code GET .../instances/{instance_id}}).
   *
   * @throws CortexApiException.NotFound when there is no such instance
   */
  public InstanceDetails getInstance(String workflowName, String instanceId) {
    return caller.call("GET", instancePath(workflowName, instanceId), true,
        () -> api.getInstance(accountId, workflowName, instanceId),
        b -> CloudflareJson.one(b, CloudflareJson::details));
  }

  /** Pauses an instance ({@code PATCH .../status} with {@code status: pause}); retried after transient failures. */
  public StatusChange pause(String workflowName, String instanceId) {
    return changeStatus(workflowName, instanceId, "pause", Optional.empty(), true);
  }

  /** Resumes a paused instance ({@code status: resume}); retried after transient failures. */
  public StatusChange resume(String workflowName, String instanceId) {
    return changeStatus(workflowName, instanceId, "resume", Optional.empty(), true);
  }

  /** Terminates an instance ({@code status: terminate}); retried after transient failures. */
  public StatusChange terminate(String workflowName, String instanceId) {
    return changeStatus(workflowName, instanceId, "terminate", Optional.empty(), true);
  }

  /** Restarts an instance from its first step ({@code status: restart}); retried only after 429. */
  public StatusChange restart(String workflowName, String instanceId) {
    return changeStatus(workflowName, instanceId, "restart", Optional.empty(), false);
  }

  /** Restarts an instance from the step named {@code stepName} ({@code status: restart}, {@code from.name}). */
  public StatusChange restartFrom(String workflowName, String instanceId, String stepName) {
    return changeStatus(workflowName, instanceId, "restart", Optional.of(Objects.requireNonNull(stepName, "stepName")),
        false);
  }

  private StatusChange changeStatus(String workflowName, String instanceId, String action, Optional<String> from,
      boolean repeatable) {
    String body = CloudflareJson.statusBody(action, from);
    return caller.call("PATCH", instancePath(workflowName, instanceId) + "/status", repeatable,
        () -> api.changeStatus(accountId, workflowName, instanceId, body),
        b -> CloudflareJson.one(b, CloudflareJson::statusChange));
  }

  /**
   * Sends an event to an instance waiting in {@code step.waitForEvent} for {@code eventType}
   * ({@code POST .../instances/{instance_id}/events/{event_type}}; the body is the event's payload). Retried only
   * after 429, so an event is not delivered twice.
   *
   * @param payload plain Java data or a {@link JsonValue}
   */
  public void sendEvent(String workflowName, String instanceId, String eventType, Object payload) {
    Objects.requireNonNull(eventType, "eventType");
    if (eventType.isBlank()) {
      throw new IllegalArgumentException("event type is blank: use the type the workflow's waitForEvent names");
    }
    String body = JsonData.write(JsonValue.from(payload));
    caller.call("POST", instancePath(workflowName, instanceId) + "/events/" + encode(eventType), false,
        () -> api.sendEvent(accountId, workflowName, instanceId, eventType, body), CloudflareJson::success);
  }

  /** Lists every deployed version of a Workflow, every page ({@code GET .../versions}). */
  public List<WorkflowVersion> listVersions(String workflowName) {
    return allPages(workflowPath(workflowName) + "/versions", CloudflareWorkflowsClient::pageQuery,
        query -> api.listVersions(accountId, workflowName, query), CloudflareJson::version);
  }

  /**
   * Reads one deployed version ({@code GET .../versions/{version_id}}).
   *
   * @throws CortexApiException.NotFound when there is no such version
   */
  public WorkflowVersion getVersion(String workflowName, String versionId) {
    Objects.requireNonNull(versionId, "versionId");
    return caller.call("GET", workflowPath(workflowName) + "/versions/" + encode(versionId), true,
        () -> api.getVersion(accountId, workflowName, versionId),
        b -> CloudflareJson.one(b, CloudflareJson::version));
  }

  /** {@code CloudflareWorkflowsClient[<base url>, account <id>]}; never the token. */
  @Override
  public String toString() {
    return "CloudflareWorkflowsClient[" + baseUrl + ", account " + accountId + "]";
  }

  private <T> List<T> allPages(String path, IntFunction<Map<String, Object>> queryOf,
      Function<Map<String, Object>, String> http, Function<JsonNode, T> item) {
    List<T> out = new ArrayList<>();
    for (int page = 1; ; page++) {
      Map<String, Object> query = queryOf.apply(page);
      CloudflareJson.Page<T> result = caller.call("GET", path + queryString(query), true, () -> http.apply(query),
          b -> CloudflareJson.page(b, item));
      out.addAll(result.items());
      boolean last = result.items().size() < PER_PAGE
          || (result.totalCount().isPresent() && (long) page * PER_PAGE >= result.totalCount().getAsLong());
      if (last) {
        return List.copyOf(out);
      }
    }
  }

  private static Map<String, Object> pageQuery(int page) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("page", page);
    query.put("per_page", PER_PAGE);
    return query;
  }

  private static Map<String, Object> instanceQuery(InstanceQuery q) {
    Map<String, Object> query = new LinkedHashMap<>();
    q.status().ifPresent(s -> query.put("status", s.value()));
    q.dateStart().ifPresent(d -> query.put("date_start", utc(d)));
    q.dateEnd().ifPresent(d -> query.put("date_end", utc(d)));
    query.put("per_page", q.perPage());
    q.direction().ifPresent(d -> query.put("direction", d));
    q.cursor().ifPresent(c -> query.put("cursor", c));
    return query;
  }

  private static String utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String queryString(Map<String, Object> query) {
    StringBuilder sb = new StringBuilder();
    query.forEach((k, v) -> sb.append(sb.length() == 0 ? '?' : '&').append(k).append('=')
        .append(encode(String.valueOf(v))));
    return sb.toString();
  }

  private String workflowsPath() {
    return basePath + "/accounts/" + accountId + "/workflows";
  }

  private String workflowPath(String workflowName) {
    Objects.requireNonNull(workflowName, "workflowName");
    if (workflowName.isEmpty() || workflowName.length() > 64) {
      throw new IllegalArgumentException("workflow name '" + workflowName + "' is not valid: use 1 to 64 characters");
    }
    return workflowsPath() + "/" + encode(workflowName);
  }

  private String instancesPath(String workflowName) {
    return workflowPath(workflowName) + "/instances";
  }

  private String instancePath(String workflowName, String instanceId) {
    Objects.requireNonNull(instanceId, "instanceId");
    return instancesPath(workflowName) + "/" + encode(InstanceRequest.checkId(instanceId));
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
