package dev.cortexflow.client;

import java.util.List;

/**
 * The server's answer to {@link CortexClient#validate(String, DescriptorFormat)} ({@code OpenApiResponse}).
 *
 * @param ok whether the server accepts the descriptor
 * @param violations what it found, in the server's order
 */
public record ValidationResult(boolean ok, List<ServerViolation> violations) {

  /** Copies the violations. */
  public ValidationResult {
    violations = List.copyOf(violations);
  }
}
