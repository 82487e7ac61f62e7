package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What happened to one block of a run. Guarded by its run's lock. */
final class BlockState {
  enum Status { PENDING, COMPLETED, PAUSED, FAILED, SKIPPED }

  final String slug;
  final String name;
  final String type;
  Status status = Status.PENDING;
  Optional<JsonNode> request = Optional.empty();
  Optional<JsonNode> outputs = Optional.empty();
  Optional<String> callbackId = Optional.empty();
  Optional<String> callbackUrl = Optional.empty();
  Optional<String> error = Optional.empty();
  /** When a paused async block with {@code timeoutInSeconds} stops waiting, and how long it waited. */
  Optional<java.time.Instant> deadline = Optional.empty();
  int timeoutSeconds;
  final List<String> messages = new ArrayList<>();

  BlockState(String slug, String name, String type) {
    this.slug = slug;
    this.name = name;
    this.type = type;
  }

  ObjectNode toJson() {
    ObjectNode json = Codec.object();
    json.put("slug", slug);
    json.put("name", name);
    json.put("type", type);
    json.put("status", status.name());
    request.ifPresent(r -> json.set("request", r));
    outputs.ifPresent(o -> json.set("outputs", o));
    callbackId.ifPresent(id -> json.put("callbackId", id));
    callbackUrl.ifPresent(url -> json.put("callbackUrl", url));
    if (!messages.isEmpty()) {
      ArrayNode list = json.putArray("messages");
      messages.forEach(list::add);
    }
    error.ifPresent(e -> json.put("error", e));
    return json;
  }
}
