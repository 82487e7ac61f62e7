package dev.cortexflow.expr;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A typed workflow variable: declares an entry of {@code variables} and reads it as {@code variables.<slug>}.
 *
 * <pre class="compilable">{@code
 * Var<String> env = Var.string("environment").defaultValue("staging").description("Target environment");
 * env.ref().mustache();   // {{variables.environment}}
 * Cel.eq(env, "prod");    // variables.environment == "prod"
 * }</pre>
 *
 * <p>Values are immutable and thread-safe: {@link #defaultValue(Object)} and {@link #description(String)} return a
 * new variable. Declare it on the workflow with {@code .variables(env)}.
 *
 * @param <T> the Java type of the variable's value
 */
public final class Var<T> implements HasRef {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String slug;
  private final VariableType type;
  private final Optional<JsonValue> defaultValue;
  private final Optional<String> description;

  private Var(String slug, VariableType type, Optional<JsonValue> defaultValue, Optional<String> description) {
    this.slug = slug;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  private static <T> Var<T> declare(String slug, VariableType type) {
    Objects.requireNonNull(slug, "slug");
    if (!SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("variable slug '" + slug + "' is not valid: use [a-z0-9-]");
    }
    return new Var<>(slug, type, Optional.empty(), Optional.empty());
  }

  /** Declares a {@code STRING} variable ({@code type: STRING}). */
  public static Var<String> string(String slug) {
    return declare(slug, VariableType.STRING);
  }

  /** Declares a {@code NUMBER} variable ({@code type: NUMBER}). */
  public static Var<Number> number(String slug) {
    return declare(slug, VariableType.NUMBER);
  }

  /** Declares a {@code BOOLEAN} variable ({@code type: BOOLEAN}). */
  public static Var<Boolean> bool(String slug) {
    return declare(slug, VariableType.BOOLEAN);
  }

  /** Declares an {@code OBJECT} variable ({@code type: OBJECT}); values are maps with string keys. */
  public static Var<Map<String, ?>> object(String slug) {
    return declare(slug, VariableType.OBJECT);
  }

  /** Declares an {@code ARRAY_OF_STRING} variable. */
  public static Var<List<String>> stringArray(String slug) {
    return declare(slug, VariableType.ARRAY_OF_STRING);
  }

  /** Declares an {@code ARRAY_OF_NUMBER} variable. */
  public static Var<List<Number>> numberArray(String slug) {
    return declare(slug, VariableType.ARRAY_OF_NUMBER);
  }

  /** Declares an {@code ARRAY_OF_BOOLEAN} variable. */
  public static Var<List<Boolean>> boolArray(String slug) {
    return declare(slug, VariableType.ARRAY_OF_BOOLEAN);
  }

  /** Declares an {@code ARRAY_OF_OBJECT} variable. */
  public static Var<List<Map<String, ?>>> objectArray(String slug) {
    return declare(slug, VariableType.ARRAY_OF_OBJECT);
  }

  /**
   * Returns this variable with an initial value ({@code defaultValue}; absent means {@code null} until set).
   *
   * @throws IllegalStateException when a default value is already set
   */
  public Var<T> defaultValue(T value) {
    Objects.requireNonNull(value, "value");
    return withDefault(JsonValue.from(value));
  }

  /**
   * Returns this variable with an initial value given as JSON data ({@code defaultValue}), for objects whose key
   * order the rendered descriptor keeps: {@code Var.object("limits").defaultValue(JsonValue.object("cpu", 2,
   * "memory", "4Gi"))} ({@code Map.of} has no order of its own).
   *
   * @throws IllegalArgumentException when the value does not fit the variable's type (an {@code OBJECT} variable
   *     takes a JSON object, an {@code ARRAY_OF_STRING} variable an array of strings, …)
   * @throws IllegalStateException when a default value is already set
   */
  public Var<T> defaultValue(JsonValue value) {
    Objects.requireNonNull(value, "value");
    return withDefault(value);
  }

  private Var<T> withDefault(JsonValue value) {
    if (defaultValue.isPresent()) {
      throw new IllegalStateException("variable '" + slug + "' already has a default value");
    }
    String item = itemKind(type);
    String got = misfit(value, type, item);
    if (got != null) {
      throw new IllegalArgumentException("variable '" + slug + "' is " + type.value() + ", so its default value"
          + " must be " + (item == null ? article(kind(type)) : "an array of " + item + "s") + ", not " + got
          + ": give a default of the variable's type");
    }
    return new Var<>(slug, type, Optional.of(value), description);
  }

  /** What the value is when it does not fit the type ({@code an array}, {@code a number at item 1}), or null. */
  private static String misfit(JsonValue value, VariableType type, String item) {
    if (item == null) {
      return kind(value).equals(kind(type)) ? null : article(kind(value));
    }
    if (!(value instanceof JsonValue.JsonArray array)) {
      return article(kind(value));
    }
    for (int i = 0; i < array.values().size(); i++) {
      JsonValue v = array.values().get(i);
      if (!(v instanceof JsonValue.JsonNull) && !kind(v).equals(item)) {
        return article(kind(v)) + " at item " + i;
      }
    }
    return null;
  }

  /** The JSON kind a scalar or object variable holds. */
  private static String kind(VariableType type) {
    return type.equals(VariableType.STRING) ? "string" : type.equals(VariableType.NUMBER) ? "number"
        : type.equals(VariableType.BOOLEAN) ? "boolean" : "object";
  }

  /** The JSON kind of an array variable's items, or null when the variable holds no array. */
  private static String itemKind(VariableType type) {
    return type.equals(VariableType.ARRAY_OF_STRING) ? "string" : type.equals(VariableType.ARRAY_OF_NUMBER)
        ? "number" : type.equals(VariableType.ARRAY_OF_BOOLEAN) ? "boolean"
        : type.equals(VariableType.ARRAY_OF_OBJECT) ? "object" : null;
  }

  private static String kind(JsonValue value) {
    return value instanceof JsonValue.JsonString ? "string" : value instanceof JsonValue.JsonNumber ? "number"
        : value instanceof JsonValue.JsonBoolean ? "boolean" : value instanceof JsonValue.JsonObject ? "object"
        : value instanceof JsonValue.JsonArray ? "array" : "null";
  }

  private static String article(String kind) {
    return kind.equals("null") ? kind : (kind.startsWith("a") || kind.startsWith("o") ? "an " : "a ") + kind;
  }

  /**
   * Returns this variable with a help text ({@code description}).
   *
   * @throws IllegalStateException when a description is already set
   */
  public Var<T> description(String text) {
    Objects.requireNonNull(text, "text");
    if (description.isPresent()) {
      throw new IllegalStateException("variable '" + slug + "' already has a description ('"
          + description.get() + "'): give description(...) once");
    }
    return new Var<>(slug, type, defaultValue, Optional.of(text));
  }

  /** The slug ({@code slug}). */
  public String slug() {
    return slug;
  }

  /** The variable type ({@code type}). */
  public VariableType type() {
    return type;
  }

  /** The reference {@code variables.<slug>}. */
  @Override
  public Ref ref() {
    return Ref.of(-1, "variables", slug);
  }

  /** The model value of this declaration (an entry of {@code variables}). */
  public Variable toVariable() {
    return Variable.builder().slug(slug).type(type).defaultValue(defaultValue).description(description).build();
  }

  /** The slug. */
  @Override
  public String toString() {
    return slug;
  }
}
