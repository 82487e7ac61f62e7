package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** One HTTP exchange: the parsed request and the single response written to it. */
final class Call {
  static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

  private final HttpExchange exchange;
  private final List<String> segments;
  private final Map<String, String> query;
  private boolean loseResponse;
  private IntConsumer beforeAnswer = status -> {};
  private boolean announced;

  Call(HttpExchange exchange) {
    this.exchange = exchange;
    this.segments = splitPath(exchange.getRequestURI().getRawPath());
    this.query = parseQuery(exchange.getRequestURI().getRawQuery());
  }

  String method() {
    return exchange.getRequestMethod();
  }

  /** Decoded path segments, e.g. {@code [api, v1, workflows, my-tag]}. */
  List<String> segments() {
    return segments;
  }

  String path() {
    return exchange.getRequestURI().getRawPath();
  }

  String rawQuery() {
    String raw = exchange.getRequestURI().getRawQuery();
    return raw == null ? "" : raw;
  }

  String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  String queryParam(String name) {
    return query.get(name);
  }

  int intParam(String name, int fallback, int min, int max) {
    String value = query.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid value '" + value + "' for query parameter '" + name + "'");
    }
    if (parsed < min || parsed > max) {
      throw ApiException.badRequest(
          "Query parameter '" + name + "' must be between " + min + " and " + max + ", got " + parsed);
    }
    return parsed;
  }

  boolean booleanParam(String name, boolean fallback) {
    String value = query.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw ApiException.badRequest("Invalid value '" + value + "' for query parameter '" + name + "'");
  }

  /** The request body, at most 2 MB (413 beyond). */
  byte[] body() {
    try (InputStream in = exchange.getRequestBody()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      int read;
      while ((read = in.read(buffer)) >= 0) {
        out.write(buffer, 0, read);
        if (out.size() > MAX_BODY_BYTES) {
          discardRest(in, buffer);
          throw tooLarge();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw ApiException.badRequest("Unreadable request body: " + e.getMessage());
    }
  }

  /** Reads the rest of an oversized body so that the client, still sending, gets to see the 413. */
  private static void discardRest(InputStream in, byte[] buffer) throws IOException {
    long discarded = 0;
    int read;
    while (discarded < 64L * MAX_BODY_BYTES && (read = in.read(buffer)) >= 0) {
      discarded += read;
    }
  }

  private static ApiException tooLarge() {
    return new ApiException(413, "BAD_REQUEST", "Request body exceeds the limit of 2 MB");
  }

  /** The body parsed according to its Content-Type. */
  JsonNode bodyTree() {
    MediaType type = MediaType.ofContentType(header("Content-Type"));
    byte[] body = body();
    if (body.length == 0) {
      throw ApiException.badRequest("Required request body is missing");
    }
    return Codec.read(body, type);
  }

  void send(int status, JsonNode body, MediaType type) throws IOException {
    send(status, Codec.write(body, type), type.value());
  }

  void sendError(ApiException error) throws IOException {
    ObjectNode body = Codec.object();
    body.put("type", error.type());
    body.put("message", error.getMessage());
    body.put("httpStatus", error.status());
    send(error.status(), Codec.writeJson(body), MediaType.JSON.value());
  }

  /**
   * Runs {@code listener} with the status once, just before the answer leaves (0 for none), so that
   * whoever reads the record after receiving the answer finds it there.
   */
  void beforeAnswer(IntConsumer listener) {
    this.beforeAnswer = listener;
  }

  /** Announces the final status unless an answer already did. */
  void announce(int status) {
    if (!announced) {
      announced = true;
      beforeAnswer.accept(status);
    }
  }

  /** Handles the request as usual but closes the connection instead of answering, as a lost response. */
  void loseResponse() {
    this.loseResponse = true;
  }

  void sendEmpty(int status) throws IOException {
    if (lost()) {
      return;
    }
    announce(status);
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  void send(int status, byte[] body, String contentType) throws IOException {
    if (lost()) {
      return;
    }
    announce(status);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  void setHeader(String name, String value) {
    exchange.getResponseHeaders().set(name, value);
  }

  private boolean lost() {
    if (loseResponse) {
      drop();
    }
    return loseResponse;
  }

  /** Closes the connection without any response, as a network failure would. */
  void drop() {
    announce(0);
    exchange.close();
  }


  private static List<String> splitPath(String rawPath) {
    List<String> parts = new ArrayList<>();
    for (String part : rawPath.split("/")) {
      if (!part.isEmpty()) {
        parts.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return Collections.unmodifiableList(parts);
  }

  private static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      params.putIfAbsent(
          URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }
}
