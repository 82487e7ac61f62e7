package dev.cortexflow.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cortexflow.engine.Answer;
import dev.cortexflow.model.JsonValue;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** Sends an HTTP block's rendered request to a loopback URL a test named, and turns the response into an answer. */
final class LocalHttp {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private LocalHttp() {}

  /** The response as an answer; a refused target, a non-loopback host or a lost connection is an error answer. */
  static Answer send(URI target, JsonNode request) {
    if (!isLoopback(target)) {
      return Answer.error("sendHttpTo " + target + " is not a loopback address: local runs only send to "
          + "127.0.0.1, ::1 or localhost");
    }
    URI url = target;
    if (target.getRawPath() == null || target.getRawPath().isEmpty() || target.getRawPath().equals("/")) {
      URI original = URI.create(request.path("url").asText());
      url = URI.create(target.getScheme() + "://" + target.getRawAuthority()
          + (original.getRawPath() == null || original.getRawPath().isEmpty() ? "/" : original.getRawPath())
          + (original.getRawQuery() == null ? "" : "?" + original.getRawQuery()));
    }
    HttpRequest.BodyPublisher body = request.path("body").isTextual()
        ? HttpRequest.BodyPublishers.ofString(request.path("body").asText())
        : HttpRequest.BodyPublishers.noBody();
    HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
        .method(request.path("method").asText("GET"), body);
    Iterator<Map.Entry<String, JsonNode>> headers = request.path("headers").fields();
    while (headers.hasNext()) {
      Map.Entry<String, JsonNode> header = headers.next();
      builder.header(header.getKey(), header.getValue().asText());
    }
    try {
      HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> responseHeaders = new TreeMap<>();
      response.headers().map().forEach((k, v) -> responseHeaders.put(k.toLowerCase(java.util.Locale.ROOT),
          String.join(", ", v)));
      JsonValue parsed = response.body().isEmpty() ? JsonValue.NULL
          : Json.parse(response.body()).map(Json::toValue).orElse(JsonValue.of(response.body()));
      return Answer.http(response.statusCode(), parsed).withHeaders(responseHeaders);
    } catch (IOException | IllegalArgumentException e) {
      return Answer.error("sending to " + url + " failed: " + JqEvaluator.oneLine(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.error("sending to " + url + " was interrupted");
    }
  }

  private static boolean isLoopback(URI target) {
    if (target.getHost() == null || !("http".equals(target.getScheme()) || "https".equals(target.getScheme()))) {
      return false;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
