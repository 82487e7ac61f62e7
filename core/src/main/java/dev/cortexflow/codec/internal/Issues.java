package dev.cortexflow.codec.internal;

import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import java.util.ArrayList;
import java.util.List;

/** Collects read-time violations in document order. */
final class Issues {
  /** How an ERROR for a type cortexflow does not know ends: the two ways out. */
  static final String UNKNOWN_TYPE_FIX = ": check the spelling, or allow unknown types if Cortex added it";

  private final List<Violation> list = new ArrayList<>();
  private final boolean allowUnknownTypes;

  Issues(boolean allowUnknownTypes) {
    this.allowUnknownTypes = allowUnknownTypes;
  }

  void error(ViolationCode code, String pointer, String message) {
    list.add(Violation.error(code, pointer, message));
  }

  void warning(ViolationCode code, String pointer, String message) {
    list.add(Violation.warning(code, pointer, message));
  }

  /**
   * A {@code type} cortexflow does not know (UNKNOWN_TYPE): an ERROR that says the fix, or a WARNING when the
   * reader was told to allow unknown types.
   */
  void unknownType(String pointer, String message) {
    if (allowUnknownTypes) {
      warning(ViolationCode.UNKNOWN_TYPE, pointer, message);
    } else {
      error(ViolationCode.UNKNOWN_TYPE, pointer, message + UNKNOWN_TYPE_FIX);
    }
  }

  List<Violation> all() {
    return List.copyOf(list);
  }
}
