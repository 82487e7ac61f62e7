package dev.cortexflow.codec.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Semantic equality of two descriptors, mirroring {@code descriptor.py same}: null-valued keys are dropped, absent
 * keys take the spec defaults below, {@code actions} and {@code variables} are matched by slug,
 * {@code outgoingActions} and {@code runRestrictionPolicies} compare as sets, every other list in order; numbers
 * compare by value, but {@code true != 1} and {@code "" != absent}.
 */
public final class DescriptorSemantics {
  private static final Map<String, Object> TOP = Map.of("variables", List.of(), "runRestrictionPolicies", List.of(),
      "restrictActionCompletionToRunnerUser", false);
  private static final Map<String, Object> ACTION = Map.of("outgoingActions", List.of(), "isRootAction", false);
  private static final Map<String, Map<String, Object>> BLOCK = Map.of(
      "USER_INPUT", Map.of("inputOverrides", List.of()),
      "SCAFFOLDER", Map.of("inputOverrides", List.of()),
      "HTTP_REQUEST", Map.of("headers", Map.of()),
      "HTTP_REQUEST_ASYNC", Map.of("headers", Map.of()),
      "JIRA_CREATE_ISSUE", Map.of("labels", List.of(), "components", List.of(), "fields", Map.of()));
  private static final Map<String, Map<String, Object>> FILTER = Map.of("ENTITY", Map.of("ownershipScope", "ALL"));
  private static final Map<String, Map<String, Object>> OVERRIDE = Map.of("VALUE", Map.of("editable", false));
  private static final Map<String, Map<String, Object>> INPUT = Map.of(
      "SELECT_FIELD", Map.of("allowAdditionalOptions", false),
      "MULTISELECT_FIELD", Map.of("allowAdditionalOptions", false),
      "CORTEX_ENTITY_FIELD", Map.of("shouldDisplayOptionsAsHierarchy", false, "allowMultiple", false),
      "CORTEX_USER_FIELD", Map.of("allowMultiple", false),
      "SLACK_FIELD", Map.of("allowMultiple", false),
      "SECRET_FIELD", Map.of("disabled", false),
      "NUMBER_FIELD", Map.of("disabled", false),
      "DATE_FIELD", Map.of("disabled", false));

  private DescriptorSemantics() {}

  /** The differences between two descriptor texts; empty when semantically equal. */
  public static List<String> differences(String a, String b) {
    List<String> out = new ArrayList<>();
    diff(normalise(PlainData.parse(a)), normalise(PlainData.parse(b)), "", out);
    return out;
  }

  @SuppressWarnings("unchecked")
  static Object normalise(Object raw) {
    Object doc = clean(raw);
    if (!(doc instanceof Map)) {
      return doc;
    }
    Map<String, Object> top = (Map<String, Object>) doc;
    fill(top, TOP);
    if (top.get("filter") instanceof Map<?, ?> filter) {
      fill((Map<String, Object>) filter, FILTER.getOrDefault(kind(filter), Map.of()));
    }
    if (top.get("actions") instanceof List<?> actions) {
      for (Object a : actions) {
        if (!(a instanceof Map)) {
          continue;
        }
        Map<String, Object> action = (Map<String, Object>) a;
        fill(action, ACTION);
        if (action.get("schema") instanceof Map<?, ?> s) {
          Map<String, Object> block = (Map<String, Object>) s;
          fill(block, BLOCK.getOrDefault(kind(block), Map.of()));
          if ("USER_INPUT".equals(kind(block)) && block.get("inputs") instanceof List<?> inputs) {
            for (Object field : inputs) {
              if (field instanceof Map<?, ?> m) {
                fill((Map<String, Object>) m, Map.of("required", false));
                fill((Map<String, Object>) m, INPUT.getOrDefault(kind(m), Map.of()));
              }
            }
          }
          if (block.get("inputOverrides") instanceof List<?> overrides) {
            for (Object o : overrides) {
              if (o instanceof Map<?, ?> m) {
                fill((Map<String, Object>) m, OVERRIDE.getOrDefault(kind(m), Map.of()));
              }
            }
          }
        }
        if (action.get("outgoingActions") instanceof List<?> edges) {
          action.put("outgoingActions", new LinkedHashSet<>(edges));
        }
      }
      top.put("actions", byKey(actions));
    }
    if (top.get("variables") instanceof List<?> vars) {
      top.put("variables", byKey(vars));
    }
    if (top.get("runRestrictionPolicies") instanceof List<?> policies) {
      top.put("runRestrictionPolicies", new LinkedHashSet<>(policies));
    }
    return top;
  }

  private static Object clean(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> {
        if (x != null) {
          out.put(k.toString(), clean(x));
        }
      });
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(clean(x)));
      return out;
    }
    if (v instanceof BigDecimal || v instanceof BigInteger || v instanceof Integer || v instanceof Long
        || v instanceof Double) {
      BigDecimal d = new BigDecimal(v.toString()).stripTrailingZeros();
      return d.scale() < 0 ? d.setScale(0) : d;
    }
    return v;
  }

  private static void fill(Map<String, Object> obj, Map<String, Object> defaults) {
    defaults.forEach((k, d) -> {
      if (!obj.containsKey(k)) {
        obj.put(k, d instanceof List ? new ArrayList<>() : d instanceof Map ? new LinkedHashMap<>() : d);
      }
    });
  }

  private static String kind(Map<?, ?> obj) {
    return obj.get("type") instanceof String s ? s : null;
  }

  private static Map<String, Object> byKey(List<?> items) {
    Map<String, List<Object>> groups = new TreeMap<>();
    for (Object item : items) {
      Object slug = item instanceof Map<?, ?> m ? m.get("slug") : null;
      groups.computeIfAbsent(slug instanceof String s ? "slug=" + s : "no slug", k -> new ArrayList<>()).add(item);
    }
    Map<String, Object> out = new TreeMap<>();
    groups.forEach((label, group) -> {
      group.sort((x, y) -> Objects.toString(x).compareTo(Objects.toString(y)));
      for (int i = 0; i < group.size(); i++) {
        out.put(i == 0 ? label : label + "#" + (i + 1), group.get(i));
      }
    });
    return out;
  }

  private static void diff(Object a, Object b, String path, List<String> out) {
    if (a instanceof Set<?> sa && b instanceof Set<?> sb) {
      if (!sa.equals(sb)) {
        out.add(path + ": sets differ: " + sa + " != " + sb);
      }
    } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      Set<Object> keys = new LinkedHashSet<>(ma.keySet());
      keys.addAll(mb.keySet());
      for (Object k : keys) {
        String sub = path + "/" + k;
        if (!mb.containsKey(k)) {
          out.add(sub + ": only in A (" + ma.get(k) + ")");
        } else if (!ma.containsKey(k)) {
          out.add(sub + ": only in B (" + mb.get(k) + ")");
        } else {
          diff(ma.get(k), mb.get(k), sub, out);
        }
      }
    } else if (a instanceof List<?> la && b instanceof List<?> lb) {
      for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
        if (i >= lb.size()) {
          out.add(path + "[" + i + "]: only in A");
        } else if (i >= la.size()) {
          out.add(path + "[" + i + "]: only in B");
        } else {
          diff(la.get(i), lb.get(i), path + "[" + i + "]", out);
        }
      }
    } else if (!Objects.equals(a, b)) {
      out.add((path.isEmpty() ? "/" : path) + ": " + a + " != " + b);
    }
  }
}
