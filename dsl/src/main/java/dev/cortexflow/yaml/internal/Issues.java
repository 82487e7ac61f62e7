package dev.cortexflow.yaml.internal;

import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import java.util.ArrayList;
import java.util.List;

/** Collects read-time violations in document order. */
final class Issues {
  private final List<Violation> list = new ArrayList<>();

  void error(ViolationCode code, String pointer, String message) {
    list.add(Violation.error(code, pointer, message));
  }

  void warning(ViolationCode code, String pointer, String message) {
    list.add(Violation.warning(code, pointer, message));
  }

  List<Violation> all() {
    return List.copyOf(list);
  }
}
