package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the members of a written descriptor tree in the order another tree (a file as it was read) has them: keys the
 * other tree has come first, in its order; the rest follow in writing order. List items are paired by their
 * {@code slug} or {@code key} member when they have one (blocks, variables, form fields), else by index.
 */
final class KeyOrder {
  private KeyOrder() {}

  static JsonValue like(JsonValue value, JsonValue template) {
    if (value instanceof JsonValue.JsonObject object && template instanceof JsonValue.JsonObject model) {
      Map<String, JsonValue> out = new LinkedHashMap<>();
      model.members().forEach((key, t) -> {
        JsonValue member = object.members().get(key);
        if (member != null) {
          out.put(key, like(member, t));
        }
      });
      object.members().forEach(out::putIfAbsent);
      return new JsonValue.JsonObject(out);
    }
    if (value instanceof JsonValue.JsonArray array && template instanceof JsonValue.JsonArray model) {
      Map<String, JsonValue> byName = new HashMap<>();
      model.values().forEach(t -> name(t).ifPresent(n -> byName.putIfAbsent(n, t)));
      List<JsonValue> out = new ArrayList<>(array.values().size());
      for (int i = 0; i < array.values().size(); i++) {
        JsonValue item = array.values().get(i);
        int index = i;
        JsonValue t = name(item).map(byName::get)
            .orElseGet(() -> index < model.values().size() ? model.values().get(index) : null);
        out.add(t == null ? item : like(item, t));
      }
      return JsonValue.array(out);
    }
    return value;
  }

  private static java.util.Optional<String> name(JsonValue item) {
    if (item instanceof JsonValue.JsonObject object) {
      for (String key : List.of("slug", "key")) {
        if (object.members().get(key) instanceof JsonValue.JsonString s) {
          return java.util.Optional.of(key + ":" + s.value());
        }
      }
    }
    return java.util.Optional.empty();
  }
}
