package dev.cortexflow.withcortex;

import dev.cortexflow.model.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run a workflow: the body of {@code POST .../runs}.
 *
 * <pre class="compilable">{@code
 * RunRequest.withInput(Map.of("company", "Acme")).version("3").inBackground()
 * }</pre>
 *
 * @param input the input values ({@code input}); {@link JsonValue#NULL} sends none
 * @param version the version to run ({@code workflow_version_id}): an id, a number, {@code latest} or
 *     {@code draft}; empty runs the current one
 * @param background whether the API answers at once with the pending run ({@code background: true}) instead of
 *     after the run ends
 * @param fromStep the step to start from ({@code from_step_key}), when not the first
 * @param stream whether Server-Sent Events are asked for ({@code stream: true}); the client refuses it, see
 *     {@link #streaming()}
 */
public record RunRequest(JsonValue input, Optional<String> version, boolean background, Optional<String> fromStep,
    boolean stream) {

  /** Why {@code stream: true} is refused, and what to do instead. */
  public static final String STREAM_REFUSED = "stream: true is not supported: the client reads one JSON answer,"
      + " not Server-Sent Events; run without it, or inBackground() and follow the run with getRun(...)";

  /** Checks the components. */
  public RunRequest {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(fromStep, "fromStep");
  }

  /** Runs with {@code input}: plain Java data or a {@link JsonValue}, usually an object. */
  public static RunRequest withInput(Object input) {
    return new RunRequest(JsonValue.from(input), Optional.empty(), false, Optional.empty(), false);
  }

  /** This request running version {@code v} ({@code workflow_version_id}). */
  public RunRequest version(String v) {
    return new RunRequest(input, Optional.of(Objects.requireNonNull(v, "version")), background, fromStep, stream);
  }

  /** This request answered at once ({@code background: true}); follow the run with {@code getRun}. */
  public RunRequest inBackground() {
    return new RunRequest(input, version, true, fromStep, stream);
  }

  /** This request starting at the step {@code key} ({@code from_step_key}). */
  public RunRequest fromStep(String key) {
    return new RunRequest(input, version, background, Optional.of(Objects.requireNonNull(key, "key")), stream);
  }

  /**
   * This request asking for Server-Sent Events ({@code stream: true}). The client refuses such a request before
   * sending it ({@link IllegalArgumentException} with {@link #STREAM_REFUSED}): it reads one JSON answer, and a
   * Cortex HTTP block cannot read an event stream either.
   */
  public RunRequest streaming() {
    return new RunRequest(input, version, background, fromStep, true);
  }
}
