package dev.cortexflow.cloudflare;

import dev.cortexflow.client.http.JsonPayload;
import dev.cortexflow.expr.HasRef;
import java.util.Optional;

/** The body both instance-starting blocks send: {@code instance_id} and {@code params}. */
final class InstanceParams {

  private final String slug;
  private final JsonPayload params = new JsonPayload();
  private Optional<Object> instanceId = Optional.empty();

  InstanceParams(String slug) {
    this.slug = slug;
  }

  void instanceId(Object id) {
    if (instanceId.isPresent()) {
      throw new IllegalStateException("instance id of block '" + slug + "' is already set");
    }
    if (id instanceof String literal) {
      InstanceRequest.checkId(literal);
    }
    instanceId = Optional.of(id);
  }

  void param(String key, Object value) {
    if (value instanceof HasRef ref) {
      params.put(key, ref);
    } else {
      params.put(key, value);
    }
  }

  JsonPayload params() {
    return params;
  }

  JsonPayload body() {
    JsonPayload body = new JsonPayload();
    instanceId.ifPresent(id -> {
      if (id instanceof HasRef ref) {
        body.put("instance_id", ref);
      } else {
        body.put("instance_id", id);
      }
    });
    body.put("params", params);
    return body;
  }
}
