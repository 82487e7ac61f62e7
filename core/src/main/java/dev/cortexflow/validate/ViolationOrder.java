package dev.cortexflow.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Sorts violations: errors first, then in document order of their pointers (array items by index, object keys
 * in the order Cortex exports them, unknown keys alphabetically after the known ones). The sort is stable, so
 * violations at one pointer keep the order the rules found them in.
 */
final class ViolationOrder {

  private static final List<String> KEY_ORDER = List.of("name", "tag", "slug", "description", "isDraft",
      "filter", "type", "variables", "runResponseTemplate", "failedRunResponseTemplate", "actions", "schema",
      "outgoingActions", "isRootAction", "runRestrictionPolicies", "iconTag", "isRunnableViaApi",
      "restrictActionCompletionToRunnerUser", "key", "url", "httpMethod", "headers", "payload", "inputs",
      "inputOverrides", "jsValidatorScript", "branches", "fallbackBranch", "joiningAction", "expression",
      "outgoingAction");
  private static final Map<String, Integer> RANK = rank();

  private ViolationOrder() {}

  static List<Violation> sort(List<Violation> violations) {
    List<Keyed> keyed = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      keyed.add(new Keyed(v, v.pointer().isEmpty() ? new String[0] : v.pointer().substring(1).split("/", -1)));
    }
    keyed.sort(Comparator.comparing((Keyed k) -> k.violation.severity()).thenComparing(k -> k.segments,
        ViolationOrder::compareSegments));
    List<Violation> out = new ArrayList<>(keyed.size());
    keyed.forEach(k -> out.add(k.violation));
    return out;
  }

  private static int compareSegments(String[] a, String[] b) {
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      int c = compareSegment(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static int compareSegment(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    boolean na = isIndex(a);
    boolean nb = isIndex(b);
    if (na && nb) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    int ra = RANK.getOrDefault(a, Integer.MAX_VALUE);
    int rb = RANK.getOrDefault(b, Integer.MAX_VALUE);
    return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || (s.length() > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Integer> rank() {
    Map<String, Integer> rank = new java.util.HashMap<>();
    for (int i = 0; i < KEY_ORDER.size(); i++) {
      rank.put(KEY_ORDER.get(i), i);
    }
    return Map.copyOf(rank);
  }

  private record Keyed(Violation violation, String[] segments) {}
}
