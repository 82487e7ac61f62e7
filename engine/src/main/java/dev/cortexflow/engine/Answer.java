package dev.cortexflow.engine;

import dev.cortexflow.model.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the other side of an outbound block answers in a local run: an HTTP response (HTTP_REQUEST,
 * HTTP_REQUEST_ASYNC, with the callback that later arrives for an asynchronous block), the outputs of an
 * integration block (SLACK, JIRA_CREATE_ISSUE, ADVANCED_HTTP_REQUEST, …), or an error that fails the block.
 * Immutable.
 */
public final class Answer {
  private final Optional<Integer> status;
  private final Optional<JsonValue> body;
  private final Map<String, String> headers;
  private final Optional<Callback> callback;
  private final Optional<JsonValue> outputs;
  private final Optional<String> error;

  /** The callback an external system posts to an asynchronous block ({@code CallbackRequest}). */
  public record Callback(String status, String message, JsonValue response) {
    /** {@code status} is {@code SUCCESS} or {@code FAILURE} (any case); {@code response} is exposed at {@code outputs.result.output}. */
    public Callback {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(response, "response");
    }
  }

  private Answer(Optional<Integer> status, Optional<JsonValue> body, Map<String, String> headers,
      Optional<Callback> callback, Optional<JsonValue> outputs, Optional<String> error) {
    this.status = status;
    this.body = body;
    this.headers = Map.copyOf(headers);
    this.callback = callback;
    this.outputs = outputs;
    this.error = error;
  }

  /** An HTTP response: {@code status} and {@code body} (plain Java data or a JsonValue; a String is text). */
  public static Answer http(int status, Object body) {
    return new Answer(Optional.of(status), Optional.of(JsonValue.from(body)), Map.of(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** An HTTP response with a status and no body. */
  public static Answer http(int status) {
    return new Answer(Optional.of(status), Optional.empty(), Map.of(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** An integration block's outputs ({@code actions.<slug>.outputs}), plain Java data or a JsonValue object. */
  public static Answer outputs(Object outputs) {
    return new Answer(Optional.empty(), Optional.empty(), Map.of(), Optional.empty(),
        Optional.of(JsonValue.from(outputs)), Optional.empty());
  }

  /** The other side fails: the block fails with {@code message}. */
  public static Answer error(String message) {
    return new Answer(Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), Optional.empty(),
        Optional.of(Objects.requireNonNull(message, "message")));
  }

  /** This answer with response headers. */
  public Answer withHeaders(Map<String, String> responseHeaders) {
    return new Answer(status, body, new TreeMap<>(responseHeaders), callback, outputs, error);
  }

  /** This answer followed by the callback of an asynchronous block ({@code SUCCESS} or {@code FAILURE}). */
  public Answer withCallback(String callbackStatus, Object response) {
    return withCallback(callbackStatus, "", response);
  }

  /** This answer followed by a callback with its {@code message}. */
  public Answer withCallback(String callbackStatus, String message, Object response) {
    return new Answer(status, body, headers,
        Optional.of(new Callback(callbackStatus, message, JsonValue.from(response))), outputs, error);
  }

  /** The HTTP status, when this is an HTTP answer. */
  public Optional<Integer> status() {
    return status;
  }

  /** The HTTP body. */
  public Optional<JsonValue> body() {
    return body;
  }

  /** The HTTP response headers. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The callback that follows, for an asynchronous block; none keeps the run paused. */
  public Optional<Callback> callback() {
    return callback;
  }

  /** The outputs given as they are. */
  public Optional<JsonValue> outputs() {
    return outputs;
  }

  /** The error that fails the block. */
  public Optional<String> error() {
    return error;
  }
}
