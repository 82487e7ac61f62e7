package dev.cortexflow.cloudflare;

import java.util.Objects;

/**
 * An error an instance or step ended with ({@code error}).
 *
 * @param name the error's class name ({@code name}), e.g. {@code Error}
 * @param message its message ({@code message})
 */
public record InstanceError(String name, String message) {

  /** Checks the components. */
  public InstanceError {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(message, "message");
  }
}
