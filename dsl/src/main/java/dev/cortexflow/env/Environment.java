package dev.cortexflow.env;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One environment (a Cortex workspace such as {@code staging} or {@code production}) and the values its
 * workflows differ in. Workflows read them with {@link #get(EnvironmentValue)}; a value the environment does not
 * give fails the build with {@link MissingEnvironmentValueException}, naming the environment and the value.
 *
 * <pre class="compilable">{@code
 * Environment staging = Environment.named("staging")
 *     .set(APPROVING_TEAM, "platform-team")
 *     .set(DEPLOY_URL, "https://deploy.staging.example.com/api")
 *     .build();
 * staging.get(APPROVING_TEAM); // "platform-team"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the builder is single-use and not thread-safe.
 */
public final class Environment {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String name;
  private final Map<EnvironmentValue<?>, Object> values;

  private Environment(String name, Map<EnvironmentValue<?>, Object> values) {
    this.name = name;
    this.values = values;
  }

  /**
   * Starts an environment.
   *
   * @param name lower-case words joined by hyphens ({@code staging}, {@code prod-eu}); it names the folder
   *     {@code render} writes the environment's descriptors to, and the environment in {@code cortexflow.yaml}
   * @throws IllegalArgumentException when the name is not such a word
   */
  public static Builder named(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("environment name '" + name + "' is not valid: use lower-case words"
          + " joined by hyphens, e.g. staging or prod-eu");
    }
    return new Builder(name);
  }

  /** The environment's name. */
  public String name() {
    return name;
  }

  /** Whether this is the environment with that name, for workflows that exist in some environments only. */
  public boolean is(String name) {
    return this.name.equals(name);
  }

  /**
   * The value this environment gives for {@code value}.
   *
   * @throws MissingEnvironmentValueException when the environment gives none
   */
  public <T> T get(EnvironmentValue<T> value) {
    Objects.requireNonNull(value, "value");
    return find(value).orElseThrow(() -> new MissingEnvironmentValueException(name, value));
  }

  /** The value this environment gives for {@code value}, empty when it gives none. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(EnvironmentValue<T> value) {
    Objects.requireNonNull(value, "value");
    return Optional.ofNullable((T) values.get(value));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Environment other && name.equals(other.name) && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + values.hashCode();
  }

  /** {@code staging}. */
  @Override
  public String toString() {
    return name;
  }

  /** Gives an environment its values. Single-use, not thread-safe. */
  public static final class Builder {

    private final String name;
    private final Map<EnvironmentValue<?>, Object> values = new LinkedHashMap<>();
    private boolean built;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Gives {@code value} in this environment.
     *
     * @throws IllegalStateException when the value is given twice
     */
    public <T> Builder set(EnvironmentValue<T> value, T given) {
      Objects.requireNonNull(value, "value");
      T checked = value.check(given, name);
      if (values.putIfAbsent(value, checked) != null) {
        throw new IllegalStateException("environment '" + name + "' gives value '" + value.name() + "' twice");
      }
      return this;
    }

    /** The environment. */
    public Environment build() {
      if (built) {
        throw new IllegalStateException("environment '" + name + "' is already built");
      }
      built = true;
      return new Environment(name, Map.copyOf(values));
    }
  }
}
