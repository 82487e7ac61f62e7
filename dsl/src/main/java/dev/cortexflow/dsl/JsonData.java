package dev.cortexflow.dsl;

import dev.cortexflow.model.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts plain Java data to JSON, writing any CharSequence (a Template too) as a string, also when nested. */
final class JsonData {

  private JsonData() {}

  static JsonValue of(Object value) {
    if (value instanceof CharSequence text) {
      return JsonValue.of(text.toString());
    }
    if (value instanceof List<?> list) {
      List<JsonValue> items = new ArrayList<>(list.size());
      list.forEach(item -> items.add(of(item)));
      return JsonValue.array(items);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      map.forEach((k, v) -> members.put(String.valueOf(k), of(v)));
      return JsonValue.object(members);
    }
    return JsonValue.from(value);
  }
}
