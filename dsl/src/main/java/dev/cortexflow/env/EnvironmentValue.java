package dev.cortexflow.env;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value that differs between environments, declared once in Java with its type and given per
 * {@link Environment}: the approving team, a URL, a Slack channel, an integration alias, a secret tag. Workflows
 * read it with {@link Environment#get(EnvironmentValue)} wherever the DSL takes a value of that type, so the
 * compiler checks every use; no {@code ${placeholder}} is ever written into a string.
 *
 * <pre class="compilable">{@code
 * public static final EnvironmentValue<String> APPROVING_TEAM = EnvironmentValue.string("approving-team");
 * public static final EnvironmentValue<List<String>> RUNNERS = EnvironmentValue.strings("runner-teams");
 * }</pre>
 *
 * <p>Two declarations are equal when their names are; instances are immutable and thread-safe.
 *
 * @param <T> the value's type
 */
public final class EnvironmentValue<T> {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String name;
  private final String typeName;
  private final Class<?> type;

  private EnvironmentValue(String name, String typeName, Class<?> type) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("environment value name '" + name + "' is not valid: use lower-case"
          + " words joined by hyphens, e.g. approving-team");
    }
    this.name = name;
    this.typeName = typeName;
    this.type = type;
  }

  /** A text value: a team id, a URL, a channel, an alias. */
  public static EnvironmentValue<String> string(String name) {
    return new EnvironmentValue<>(name, "String", String.class);
  }

  /** A list of texts: the teams allowed to run a workflow, several approving teams. */
  public static EnvironmentValue<List<String>> strings(String name) {
    return new EnvironmentValue<>(name, "List<String>", List.class);
  }

  /** A whole number: a timeout in seconds. */
  public static EnvironmentValue<Integer> integer(String name) {
    return new EnvironmentValue<>(name, "Integer", Integer.class);
  }

  /** A yes-or-no setting. */
  public static EnvironmentValue<Boolean> flag(String name) {
    return new EnvironmentValue<>(name, "Boolean", Boolean.class);
  }

  /** A value of any other type, such as an enum of the project's own. */
  public static <T> EnvironmentValue<T> of(String name, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return new EnvironmentValue<>(name, type.getSimpleName(), type);
  }

  /** The name that messages use, e.g. {@code approving-team}. */
  public String name() {
    return name;
  }

  /** The declared type as messages name it, e.g. {@code String} or {@code List<String>}. */
  public String typeName() {
    return typeName;
  }

  /** Checks a value given for this declaration (the compiler checks the generic part). */
  T check(Object value, String environment) {
    Objects.requireNonNull(value, () -> "environment '" + environment + "': value '" + name + "' is null");
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("environment '" + environment + "': value '" + name + "' must be a "
          + typeName + ", not a " + value.getClass().getSimpleName());
    }
    @SuppressWarnings("unchecked")
    T checked = (T) (value instanceof List<?> list ? List.copyOf(list) : value);
    return checked;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EnvironmentValue<?> other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** {@code approving-team (String)}. */
  @Override
  public String toString() {
    return name + " (" + typeName + ")";
  }
}
