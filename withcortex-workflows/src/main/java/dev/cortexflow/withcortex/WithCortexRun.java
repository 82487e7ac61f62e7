package dev.cortexflow.withcortex;

import dev.cortexflow.client.http.JsonPayload;
import dev.cortexflow.dsl.Blocks;
import dev.cortexflow.dsl.HttpRequestBlock;
import dev.cortexflow.expr.Expr;
import dev.cortexflow.expr.HasRef;
import dev.cortexflow.expr.Ref;
import dev.cortexflow.model.block.HttpMethod;
import java.util.Objects;
import java.util.Optional;

/**
 * A block that runs a withcortex.ai workflow: an {@code HTTP_REQUEST} with {@code httpMethod: POST} to
 * {@code <base>/apps/<app>/workflows/<id>/runs}, headers {@code Authorization: Bearer
 * {{{context.secrets.<tag>}}}} and {@code Content-Type: application/json}, and the payload
 * {@code {"input": {…}, "workflow_version_id": …}}. The API answers when the run ends (unless
 * {@link #inBackground()}), so the run's fields are the block's {@code outputs.body}. Create it with
 * {@link WithCortexBlocks#runWorkflow(String, String, WithCortexApp, String)}.
 */
public final class WithCortexRun {

  private final String slug;
  private final String name;
  private final WithCortexApp app;
  private final String url;
  private final JsonPayload input = new JsonPayload();
  private Optional<Object> version = Optional.empty();
  private boolean background;

  WithCortexRun(String slug, String name, WithCortexApp app, String workflowId) {
    this.slug = Objects.requireNonNull(slug, "slug");
    this.name = Objects.requireNonNull(name, "name");
    this.app = Objects.requireNonNull(app, "app");
    this.url = app.runsUrl(workflowId);
  }

  /** Adds a member of {@code input}: plain Java data, a {@code JsonValue}, or a reference (sent as a string). */
  public WithCortexRun input(String key, Object value) {
    if (value instanceof HasRef ref) {
      input.put(key, ref);
    } else {
      input.put(key, value);
    }
    return this;
  }

  /** Runs version {@code v} ({@code workflow_version_id}): an id, a number, {@code latest} or {@code draft}. */
  public WithCortexRun version(String v) {
    Objects.requireNonNull(v, "version");
    if (version.isPresent()) {
      throw new IllegalStateException("version of block '" + slug + "' is already set");
    }
    version = Optional.of(v.matches("\\d+") ? (Object) Long.valueOf(v) : v);
    return this;
  }

  /**
   * Asks the API to answer at once with the pending run ({@code background: true}); the block's outputs then hold
   * the run's id and {@code PENDING} status, not its result.
   */
  public WithCortexRun inBackground() {
    background = true;
    return this;
  }

  /** The block to add to the flow; each call builds a new one from the settings made so far. */
  public HttpRequestBlock block() {
    JsonPayload body = new JsonPayload().put("input", input);
    version.ifPresent(v -> body.put("workflow_version_id", v));
    if (background) {
      body.put("background", true);
    }
    return Blocks.httpRequest(slug, name, HttpMethod.POST, url)
        .header("Authorization", app.authorization())
        .header("Content-Type", "application/json")
        .payload(body.toTemplate());
  }

  /** The run's id ({@code actions.<slug>.outputs.body.id}). */
  public Ref runId() {
    return body().field("id");
  }

  /** The run's status, e.g. {@code COMPLETED} ({@code actions.<slug>.outputs.body.status}). */
  public Ref status() {
    return body().field("status");
  }

  /** The run's final result ({@code actions.<slug>.outputs.body.result}). */
  public Ref result() {
    return body().field("result");
  }

  /** The error the run failed with ({@code actions.<slug>.outputs.body.error}). */
  public Ref error() {
    return body().field("error");
  }

  /** What each step produced ({@code actions.<slug>.outputs.body.output}). */
  public Ref output() {
    return body().field("output");
  }

  private Ref body() {
    return Expr.action(slug).field("body");
  }
}
