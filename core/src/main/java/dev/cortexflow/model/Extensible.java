package dev.cortexflow.model;

import java.util.Map;

/** A model value that keeps the descriptor keys cortexflow does not know, so that nothing read is lost. */
public interface Extensible {

  /**
   * Keys of this object in the descriptor that the model has no field for, with their values, in file order.
   * Written back after the known keys. Empty for values built in Java unless set explicitly.
   */
  Map<String, JsonValue> extensions();
}
