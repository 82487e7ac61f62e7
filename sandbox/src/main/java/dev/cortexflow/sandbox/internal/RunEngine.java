package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Starts runs, walks their block graphs, and resumes them on callbacks. Runs live in memory only. */
final class RunEngine {
  private final ConcurrentHashMap<String, Run> runs = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();
  private final Directory directory;
  private final int runningPolls;
  private final java.time.Clock clock;
  private volatile BlockExecutor executor;

  RunEngine(Directory directory, int runningPolls, java.time.Clock clock) {
    this.directory = directory;
    this.runningPolls = runningPolls;
    this.clock = clock;
  }

  void baseUrl(String baseUrl) {
    this.executor = new BlockExecutor(baseUrl, clock);
  }

  Run start(StoredWorkflow workflow, ObjectNode scope, ObjectNode initialContext, Optional<String> runAs) {
    Run run = new Run(Ids.sequential("run", counter.incrementAndGet()), workflow, scope, initialContext, runAs);
    synchronized (run) {
      initialise(run);
      runs.put(run.id, run);
      run.pollsBeforeStart = runningPolls;
      if (run.pollsBeforeStart == 0) {
        proceed(run);
      }
    }
    return run;
  }

  Optional<Run> find(String runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  /** A look-up of a run: a new run reports RUNNING for the configured number of look-ups, then proceeds. */
  void observe(Run run) {
    if (run.pollsBeforeStart > 0 && --run.pollsBeforeStart == 0) {
      proceed(run);
    }
    expire(run);
  }

  /** Fails a paused run whose async block has waited past its {@code timeoutInSeconds}. */
  void expire(Run run) {
    if (run.status != Run.Status.PAUSED) {
      return;
    }
    java.time.Instant now = clock.instant();
    for (BlockState block : run.blocks.values()) {
      if (block.status == BlockState.Status.PAUSED && block.deadline.filter(now::isAfter).isPresent()) {
        fail(run, block, "no callback within " + block.timeoutSeconds + " seconds (timeoutInSeconds)");
        return;
      }
    }
  }

  private void initialise(Run run) {
    ObjectNode definition = run.workflow.definition();
    ObjectNode context = run.state.putObject("context");
    context.put("workflowRunId", run.id);
    ObjectNode initiatedBy = context.putObject("initiatedBy");
    initiatedBy.put("name", run.runAs.orElse("Sandbox User"));
    initiatedBy.put("email", run.runAs.orElse("sandbox-user@example.com"));
    initiatedBy.putObject("identityMappings");
    initiatedBy.putArray("roles");
    context.set("initialContext", run.initialContext.deepCopy());
    if (run.scope.path("type").asText().equals("ENTITY")) {
      String entity = run.scope.path("entityId").asText();
      ObjectNode entityNode = context.putObject("entity");
      entityNode.put("id", entity);
      entityNode.put("tag", entity);
      entityNode.put("name", entity);
    }
    ObjectNode secrets = context.putObject("secrets");
    directory.secrets().forEach(s -> secrets.put(s.path("tag").asText(), "********"));
    run.state.putObject("actions");
    ObjectNode variables = run.state.putObject("variables");
    for (JsonNode variable : definition.path("variables")) {
      String slug = variable.path("slug").asText();
      JsonNode value = run.initialContext.has(slug) ? run.initialContext.get(slug) : variable.path("defaultValue");
      variables.set(slug, value.isMissingNode() ? Codec.NODES.nullNode() : value.deepCopy());
    }
    for (JsonNode block : definition.path("actions")) {
      String slug = block.path("slug").asText();
      run.definitions.put(slug, block);
      run.blocks.put(
          slug, new BlockState(slug, block.path("name").asText(slug), block.path("schema").path("type").asText()));
      if (block.path("isRootAction").asBoolean(false)) {
        run.next.add(slug);
      }
    }
  }

  /** Walks on from where the run stands until it pauses, fails or runs out of blocks. */
  void proceed(Run run) {
    run.status = Run.Status.RUNNING;
    while (!run.next.isEmpty()) {
      String slug = run.next.pollFirst();
      if (!run.visited.add(slug) || !run.definitions.containsKey(slug)) {
        continue;
      }
      BlockState state = run.blocks.get(slug);
      List<String> successors = executor.execute(run, run.definitions.get(slug), state);
      if (state.status == BlockState.Status.PAUSED) {
        run.status = Run.Status.PAUSED;
        return;
      }
      if (state.status == BlockState.Status.FAILED) {
        finish(run, Run.Status.FAILED);
        return;
      }
      run.next.addAll(successors);
    }
    finish(run, Run.Status.COMPLETED);
  }

  /** Applies a callback to a paused block; the caller has checked that it is paused. */
  void callback(Run run, BlockState block, String status, String message, JsonNode response) {
    ObjectNode result = Codec.object();
    result.put("status", status);
    result.put("message", message);
    result.set("output", response);
    ObjectNode outputs = Codec.object();
    outputs.set("result", result);
    block.outputs = Optional.of(outputs);
    block.messages.add(message);
    switch (status) {
      case "UPDATE":
        BlockExecutor.record(run, block);
        return;
      case "FAILURE":
        fail(run, block, message);
        return;
      default:
        block.status = BlockState.Status.COMPLETED;
        BlockExecutor.record(run, block);
        run.next.addAll(BlockExecutor.successors(run.definitions.get(block.slug)));
        proceed(run);
    }
  }

  /** Fails the block and with it the run; the blocks not reached are skipped. */
  private static void fail(Run run, BlockState block, String message) {
    block.status = BlockState.Status.FAILED;
    block.error = Optional.of(message);
    run.failure = Optional.of(message);
    BlockExecutor.record(run, block);
    finish(run, Run.Status.FAILED);
  }

  private static void finish(Run run, Run.Status status) {
    run.status = status;
    run.next.clear();
    run.blocks.values().stream()
        .filter(b -> b.status == BlockState.Status.PENDING)
        .forEach(b -> b.status = BlockState.Status.SKIPPED);
  }
}
