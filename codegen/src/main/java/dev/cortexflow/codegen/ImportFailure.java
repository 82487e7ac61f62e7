package dev.cortexflow.codegen;

import java.util.Objects;

/**
 * A descriptor the importer could not turn into Java, and why: it was skipped, and the other descriptors were
 * still imported.
 *
 * @param source the input file or workflow that was skipped
 * @param message what is wrong and how to fix it, one line without a trailing full stop
 */
public record ImportFailure(String source, String message) {

  /** Checks that both parts are present. */
  public ImportFailure {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** {@code source: message}. */
  @Override
  public String toString() {
    return source + ": " + message;
  }
}
