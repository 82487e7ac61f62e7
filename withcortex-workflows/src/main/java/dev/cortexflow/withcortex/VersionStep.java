package dev.cortexflow.withcortex;

import java.util.Objects;

/**
 * One step of a workflow version ({@code steps[]}).
 *
 * @param type the step's kind ({@code type}), e.g. {@code code}, {@code model}, {@code note}; kept as given
 * @param key its key ({@code key}), which run outputs and replays name
 */
public record VersionStep(String type, String key) {

  /** Checks the components. */
  public VersionStep {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
  }
}
