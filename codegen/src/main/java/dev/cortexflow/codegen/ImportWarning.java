package dev.cortexflow.codegen;

import java.util.Objects;

/**
 * Something the importer wants a person to look at: the source still compiles and rebuilds the same descriptor,
 * but, for example, the workflow was invalid and had to be imported with the model's lower-level API.
 *
 * @param source the input file or workflow the warning is about
 * @param message what happened, one line without a trailing full stop
 */
public record ImportWarning(String source, String message) {

  /** Checks that both parts are present. */
  public ImportWarning {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** {@code source: message}. */
  @Override
  public String toString() {
    return source + ": " + message;
  }
}
