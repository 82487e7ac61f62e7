package dev.cortexflow.testing;

import dev.cortexflow.engine.OutboundRequest;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.engine.JsonMatch;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the rendered request of one block, reached through {@link RunResultAssert#request(String)};
 * {@link #and()} returns to the run. Failure messages name the block and show expected against actual.
 */
public final class RequestAssert extends AbstractAssert<RequestAssert, OutboundRequest> {
  private final RunResultAssert run;
  private final String tag;

  RequestAssert(RunResultAssert run, String tag, OutboundRequest actual) {
    super(actual, RequestAssert.class);
    this.run = run;
    this.tag = tag;
  }

  /** Returns to the assertions on the run. */
  public RunResultAssert and() {
    return run;
  }

  private String expecting() {
    return "Expecting run of '" + tag + "' to send from block '" + actual.slug() + "' ";
  }

  /** Checks the HTTP method. */
  public RequestAssert hasMethod(String method) {
    return hasField("method", method);
  }

  /** Checks the rendered URL. */
  public RequestAssert hasUrl(String url) {
    return hasField("url", url);
  }

  /** Checks one rendered header. */
  public RequestAssert hasHeader(String name, String value) {
    String found = actual.headers().get(name);
    if (!value.equals(found)) {
      failWithMessage("%s", expecting() + "header " + name + ": " + value + " but it was "
          + (found == null ? "absent (headers: " + actual.headers().keySet() + ")" : found));
    }
    return this;
  }

  /** Checks the rendered body as text, exactly. */
  public RequestAssert hasBody(String body) {
    String found = actual.body().orElse(null);
    if (!body.equals(found)) {
      failWithMessage("%s", expecting() + "the body\n  " + body + "\nbut it sent\n  "
          + (found == null ? "(no body)" : found));
    }
    return this;
  }

  /**
   * Checks the rendered body as JSON: {@code json} (text, or plain Java data) matches when every key it names
   * matches, whatever the spacing and key order of the body.
   */
  public RequestAssert hasJsonBody(Object json) {
    JsonValue expected = json instanceof String text ? JsonMatch.parse(text) : JsonValue.from(json);
    JsonValue body = actual.body().<JsonValue>map(JsonValue::of).orElse(JsonValue.NULL);
    JsonMatch.mismatch("body", expected, body).ifPresent(m -> failWithMessage("%s", expecting() + "a body with "
        + JsonMatch.text(expected) + " but " + m + "; it sent " + actual.body().orElse("(no body)")));
    return this;
  }

  /** Checks one field of the request: for integration blocks, a schema field after templating. */
  public RequestAssert hasField(String name, Object expected) {
    JsonValue value = JsonValue.from(expected);
    JsonMatch.mismatch(name, value, actual.field(name)).ifPresent(m ->
        failWithMessage("%s", expecting() + name + " " + JsonMatch.text(value) + " but " + m));
    return this;
  }
}
