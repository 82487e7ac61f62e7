package dev.cortexflow.model.input;

import dev.cortexflow.model.Vocabulary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The JSON kind of a form field's key and the Java type the model holds it as ({@code V}), for the input table
 * ({@link InputKinds}). The block fields' {@link dev.cortexflow.model.block.FieldKind} does not fit: form fields
 * have flags that are always written, optional lists and numbers, formats read only when present and filters
 * written as {@code {}} when absent. The kinds of nested objects (filters, users) name the part whose own mapping
 * the codec writes by hand.
 *
 * @param <V> the model's type for a value of this kind
 */
public final class InputValueKind<V> {
  /** A JSON string or {@code null}. */
  public static final InputValueKind<Optional<String>> OPTIONAL_TEXT = new InputValueKind<>("string or null");
  /** A JSON boolean or {@code null}. */
  public static final InputValueKind<Optional<Boolean>> OPTIONAL_BOOLEAN = new InputValueKind<>("boolean or null");
  /** A JSON boolean the model defaults to {@code false}; it is always written. */
  public static final InputValueKind<Boolean> FLAG = new InputValueKind<>("boolean");
  /** A JSON array of strings. */
  public static final InputValueKind<List<String>> TEXTS = new InputValueKind<>("array of strings");
  /** A JSON array of strings, or {@code null}. */
  public static final InputValueKind<Optional<List<String>>> OPTIONAL_TEXTS =
      new InputValueKind<>("array of strings or null");
  /** A JSON number, or {@code null}. */
  public static final InputValueKind<Optional<BigDecimal>> OPTIONAL_NUMBER = new InputValueKind<>("number or null");
  /** A number format ({@link NumberFormat}), a string of an open vocabulary; written only when set. */
  public static final InputValueKind<Optional<NumberFormat>> NUMBER_FORMAT =
      new InputValueKind<>("number format", NumberFormat.knownValues());
  /** A date format ({@link DateFormat}), a string of an open vocabulary; written only when set. */
  public static final InputValueKind<Optional<DateFormat>> DATE_FORMAT =
      new InputValueKind<>("date format", DateFormat.knownValues());
  /** Which entities an entity field offers ({@link InputEntityFilter}); written as {@code {}} when absent. */
  public static final InputValueKind<Optional<InputEntityFilter>> ENTITY_FILTER =
      new InputValueKind<>("entity filter");
  /** Which users a user field offers ({@link InputUserFilter}); written as {@code {}} when absent. */
  public static final InputValueKind<Optional<InputUserFilter>> USER_FILTER = new InputValueKind<>("user filter");
  /** Which channels a Slack field offers ({@link InputSlackFilter}); written with no channels when absent. */
  public static final InputValueKind<Optional<InputSlackFilter>> SLACK_FILTER =
      new InputValueKind<>("Slack filter");
  /** Cortex users ({@link UserRef}), or {@code null}. */
  public static final InputValueKind<Optional<List<UserRef>>> USERS = new InputValueKind<>("array of users or null");

  /** Every kind, in the order of the constants above. */
  public static final List<InputValueKind<?>> ALL = List.of(OPTIONAL_TEXT, OPTIONAL_BOOLEAN, FLAG, TEXTS,
      OPTIONAL_TEXTS, OPTIONAL_NUMBER, NUMBER_FORMAT, DATE_FORMAT, ENTITY_FILTER, USER_FILTER, SLACK_FILTER, USERS);

  private final String name;
  private final List<? extends Vocabulary> vocabulary;
  private final boolean isVocabulary;

  private InputValueKind(String name) {
    this.name = name;
    this.vocabulary = List.of();
    this.isVocabulary = false;
  }

  private InputValueKind(String name, List<? extends Vocabulary> vocabulary) {
    this.name = name;
    this.vocabulary = vocabulary;
    this.isVocabulary = true;
  }

  /** What a value of this kind is, such as {@code array of strings}. */
  public String name() {
    return name;
  }

  /** Whether this kind is a string of one of Cortex's closed lists (read from any string, known or not). */
  public boolean isVocabulary() {
    return isVocabulary;
  }

  /** The values Cortex accepts for a vocabulary kind; empty for the others. */
  public List<? extends Vocabulary> knownValues() {
    return vocabulary;
  }

  @Override
  public String toString() {
    return name;
  }
}
