package dev.cortexflow.model.block;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Vocabulary;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputOverride;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON kind of a block field and the Java type the model holds it as ({@code V}). Scalar and collection kinds
 * are read and written the same way for every block; the kinds of nested objects (paths, form fields, overrides,
 * identities, assignments) name the descriptor part whose own mapping the codec writes by hand.
 *
 * @param <V> the model's type for a value of this kind
 */
public final class FieldKind<V> {
  /** A JSON string. */
  public static final FieldKind<String> TEXT = new FieldKind<>("string");
  /** A JSON string or {@code null}. */
  public static final FieldKind<Optional<String>> OPTIONAL_TEXT = new FieldKind<>("string or null");
  /** A JSON boolean or {@code null}. */
  public static final FieldKind<Optional<Boolean>> OPTIONAL_BOOLEAN = new FieldKind<>("boolean or null");
  /** A whole JSON number in 32-bit range, or {@code null}. */
  public static final FieldKind<Optional<Integer>> OPTIONAL_INTEGER = new FieldKind<>("integer or null");
  /** A JSON array of strings. */
  public static final FieldKind<List<String>> TEXTS = new FieldKind<>("array of strings");
  /** A JSON object whose values are strings. */
  public static final FieldKind<Map<String, String>> TEXT_MAP = new FieldKind<>("object of strings");
  /** A JSON object of any values. */
  public static final FieldKind<Map<String, JsonValue>> JSON_MAP = new FieldKind<>("object");
  /** An HTTP method ({@link HttpMethod}), a string of an open vocabulary. */
  public static final FieldKind<HttpMethod> HTTP_METHOD =
      new FieldKind<>("HTTP method", HttpMethod.knownValues(), HttpMethod::of);
  /** A PagerDuty urgency ({@link Urgency}), a string of an open vocabulary. */
  public static final FieldKind<Urgency> URGENCY = new FieldKind<>("urgency", Urgency.knownValues(), Urgency::of);
  /** The conditional paths of a branch ({@link BranchPath}). */
  public static final FieldKind<List<BranchPath>> BRANCH_PATHS = new FieldKind<>("array of paths");
  /** The fallback path of a branch ({@link FallbackPath}), or {@code null}. */
  public static final FieldKind<Optional<FallbackPath>> FALLBACK_PATH = new FieldKind<>("fallback path or null");
  /** A Git author or committer ({@link GitIdentity}), or {@code null}. */
  public static final FieldKind<Optional<GitIdentity>> GIT_IDENTITY = new FieldKind<>("Git identity or null");
  /** The fields of a form ({@link InputField}), each chosen by its {@code type}. */
  public static final FieldKind<List<InputField>> INPUT_FIELDS = new FieldKind<>("array of form fields");
  /** Input overrides ({@link InputOverride}), each chosen by its {@code type}. */
  public static final FieldKind<List<InputOverride>> INPUT_OVERRIDES = new FieldKind<>("array of overrides");
  /** Variable assignments ({@link VariableAssignment}). */
  public static final FieldKind<List<VariableAssignment>> VARIABLE_ASSIGNMENTS =
      new FieldKind<>("array of assignments");

  /** Every kind, in the order of the constants above. */
  public static final List<FieldKind<?>> ALL = List.of(TEXT, OPTIONAL_TEXT, OPTIONAL_BOOLEAN, OPTIONAL_INTEGER, TEXTS,
      TEXT_MAP, JSON_MAP, HTTP_METHOD, URGENCY, BRANCH_PATHS, FALLBACK_PATH, GIT_IDENTITY, INPUT_FIELDS,
      INPUT_OVERRIDES, VARIABLE_ASSIGNMENTS);

  private final String name;
  private final List<? extends Vocabulary> vocabulary;
  private final Function<String, V> fromText;

  private FieldKind(String name) {
    this(name, List.of(), null);
  }

  private FieldKind(String name, List<? extends Vocabulary> vocabulary, Function<String, V> fromText) {
    this.name = name;
    this.vocabulary = vocabulary;
    this.fromText = fromText;
  }

  /** What a value of this kind is, such as {@code array of strings}. */
  public String name() {
    return name;
  }

  /** Whether this kind is a string of one of Cortex's closed lists (read from any string, known or not). */
  public boolean isVocabulary() {
    return fromText != null;
  }

  /** The values Cortex accepts for a vocabulary kind; empty for the others. */
  public List<? extends Vocabulary> knownValues() {
    return vocabulary;
  }

  /**
   * The model value of a vocabulary kind for the given text, known or not.
   *
   * @throws IllegalStateException when this kind is not a vocabulary
   */
  public V fromText(String text) {
    if (fromText == null) {
      throw new IllegalStateException(name + " is not a vocabulary");
    }
    return fromText.apply(text);
  }

  @Override
  public String toString() {
    return name;
  }
}
