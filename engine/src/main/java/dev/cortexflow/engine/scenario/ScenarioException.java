package dev.cortexflow.engine.scenario;

/** A scenario file that cannot be used: the message names the file, the key and the fix on one line. */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ScenarioException(String file, String key, String problem) {
    super(file + ": " + (key.isEmpty() ? "" : "key '" + key + "': ") + problem, null, false, false);
  }
}
