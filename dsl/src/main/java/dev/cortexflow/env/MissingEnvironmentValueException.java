package dev.cortexflow.env;

import java.util.Objects;
import java.util.Optional;

/**
 * A workflow read a value its environment does not give. The message names the environment, the value and, once
 * known, the workflow source that read it:
 *
 * <pre>{@code
 * environment 'production' gives no value 'approving-team' (String), which dev.acme.Deploy reads: give it
 *   in the declaration of environment 'production'
 * }</pre>
 */
public final class MissingEnvironmentValueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String environment;
  private final String value;
  private final String type;
  private final String reader;

  MissingEnvironmentValueException(String environment, EnvironmentValue<?> value) {
    this(environment, value.name(), value.typeName(), null);
  }

  private MissingEnvironmentValueException(String environment, String value, String type, String reader) {
    super("environment '" + environment + "' gives no value '" + value + "' (" + type + ")"
        + (reader == null ? "" : ", which " + reader + " reads") + ": give it in the declaration of environment '"
        + environment + "'");
    this.environment = environment;
    this.value = value;
    this.type = type;
    this.reader = reader;
  }

  /** The environment that gives no value. */
  public String environment() {
    return environment;
  }

  /** The name of the value it lacks, e.g. {@code approving-team}. */
  public String value() {
    return value;
  }

  /** The workflow source that read it, once known. */
  public Optional<String> reader() {
    return Optional.ofNullable(reader);
  }

  /** The same failure naming the workflow source that read the value, e.g. its class name. */
  public MissingEnvironmentValueException readBy(String source) {
    Objects.requireNonNull(source, "source");
    MissingEnvironmentValueException named = new MissingEnvironmentValueException(environment, value, type,
        source);
    named.setStackTrace(getStackTrace());
    return named;
  }
}
