package dev.cortexflow.cli.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.client.http.ApiWait;
import dev.cortexflow.client.http.JsonText;
import dev.cortexflow.client.http.ApiWaitListener;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the client's retries: the requests sent more than once, and the attempts beyond each one's first. A wait
 * for the rate limit alone is no retry. The one place that words the count for a summary line and for JSON. Safe to
 * call from several threads.
 */
public final class RetryTally implements ApiWaitListener {

  /** The key of the count in a JSON document: {@code "retried" : { "requests" : 2, "extraAttempts" : 3 }}. */
  public static final String JSON_KEY = "retried";

  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger extraAttempts = new AtomicInteger();

  /** Counts nothing yet. */
  public RetryTally() {}

  @Override
  public void onWait(ApiWait wait) {
    if (wait.isRetry()) {
      extraAttempts.incrementAndGet();
    }
    if (wait.isFirstRetry()) {
      requests.incrementAndGet();
    }
  }

  /** How many requests were sent more than once. */
  public int requestsRetried() {
    return requests.get();
  }

  /** How many attempts were made beyond each request's first: a request sent three times counts 2. */
  public int extraAttempts() {
    return extraAttempts.get();
  }

  /** {@code , 3 requests retried} to end a summary line with; empty when none was. */
  public String suffix() {
    return requests.get() == 0 ? "" : ", " + text();
  }

  /** {@code 3 requests retried} ({@code 1 request retried}); {@code 0 requests retried} when none was. */
  public String text() {
    return Plural.of(requests.get(), "request") + " retried";
  }

  /**
   * {@code json}, an object, with {@code "retried" : { "requests" : N, "extraAttempts" : M }} after its other keys,
   * zeros included: the same keys whether or not anything was retried.
   */
  public String addTo(String json) {
    ObjectNode root = JsonText.parse(json);
    ObjectNode retried = root.putObject(JSON_KEY);
    retried.put("requests", requests.get());
    retried.put("extraAttempts", extraAttempts.get());
    return JsonText.write(root);
  }
}
