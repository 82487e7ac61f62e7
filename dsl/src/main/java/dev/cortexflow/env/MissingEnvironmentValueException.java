package dev.cortexflow.env;

import java.util.Objects;
import java.util.Optional;

/**
 * A workflow read a value its environment does not give. The message names the environment, the value and, once
 * known, the workflow that read it (its tag, when the value is read inside the workflow's flow) and its source:
 *
 * <pre>{@code
 * environment 'production' gives no value 'approving-team' (String), which workflow 'deploy-api' of
 *   dev.acme.Deploy reads: give it in the declaration of environment 'production'
 * }</pre>
 */
public final class MissingEnvironmentValueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String environment;
  private final String value;
  private final String type;
  private final String workflow;
  private final String reader;

  MissingEnvironmentValueException(String environment, EnvironmentValue<?> value) {
    this(environment, value.name(), value.typeName(), null, null);
  }

  private MissingEnvironmentValueException(String environment, String value, String type, String workflow,
      String reader) {
    super("environment '" + environment + "' gives no value '" + value + "' (" + type + ")"
        + readerText(workflow, reader) + ": give it in the declaration of environment '" + environment + "'");
    this.environment = environment;
    this.value = value;
    this.type = type;
    this.workflow = workflow;
    this.reader = reader;
  }

  private static String readerText(String workflow, String reader) {
    if (workflow == null && reader == null) {
      return "";
    }
    if (workflow == null) {
      return ", which " + reader + " reads";
    }
    return ", which workflow '" + workflow + "'" + (reader == null ? "" : " of " + reader) + " reads";
  }

  /** The environment that gives no value. */
  public String environment() {
    return environment;
  }

  /** The name of the value it lacks, e.g. {@code approving-team}. */
  public String value() {
    return value;
  }

  /** The tag of the workflow that read it, once known ({@code tag}). */
  public Optional<String> workflow() {
    return Optional.ofNullable(workflow);
  }

  /** The workflow source that read it, once known. */
  public Optional<String> reader() {
    return Optional.ofNullable(reader);
  }

  /** The same failure naming the workflow source that read the value, e.g. its class name. */
  public MissingEnvironmentValueException readBy(String source) {
    Objects.requireNonNull(source, "source");
    return copy(workflow, source);
  }

  /**
   * The same failure naming the workflow that read the value by its {@code tag}; the DSL calls it for values read
   * inside a workflow's flow. A workflow already named stays named.
   */
  public MissingEnvironmentValueException inWorkflow(String tag) {
    Objects.requireNonNull(tag, "tag");
    return workflow != null ? this : copy(tag, reader);
  }

  private MissingEnvironmentValueException copy(String workflow, String reader) {
    MissingEnvironmentValueException named = new MissingEnvironmentValueException(environment, value, type,
        workflow, reader);
    named.setStackTrace(getStackTrace());
    return named;
  }
}
