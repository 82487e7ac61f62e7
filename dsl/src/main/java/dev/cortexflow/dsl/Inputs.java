package dev.cortexflow.dsl;

import java.util.List;

/**
 * Static factories for the form fields of a user-input block, one per field kind ({@code schema.inputs[].type});
 * import them statically. Each takes the field's {@code key} (the name of its value in the block's outputs) and
 * its label ({@code name}); the returned spec has fluent optional settings.
 *
 * <pre class="compilable">{@code
 * userInput("ask", "Ask", text("reason", "Reason").required(), toggle("urgent", "Urgent").defaultValue(false))
 * }</pre>
 */
public final class Inputs {

  private Inputs() {}

  /** A single-line text field ({@code type: INPUT_FIELD}). */
  public static TextField text(String key, String name) {
    return new TextField(key, name);
  }

  /** A multi-line text field ({@code type: TEXTAREA_FIELD}). */
  public static TextareaField textarea(String key, String name) {
    return new TextareaField(key, name);
  }

  /** A single choice from options ({@code type: SELECT_FIELD}, {@code options}). */
  public static SelectField select(String key, String name, String... options) {
    return new SelectField(key, name, List.of(options));
  }

  /** Several choices from options ({@code type: MULTISELECT_FIELD}, {@code options}). */
  public static MultiSelectField multiSelect(String key, String name, String... options) {
    return new MultiSelectField(key, name, List.of(options));
  }

  /** An on/off toggle ({@code type: TOGGLE_FIELD}). */
  public static ToggleField toggle(String key, String name) {
    return new ToggleField(key, name);
  }

  /** A picker of Cortex entities ({@code type: CORTEX_ENTITY_FIELD}). */
  public static EntityField entity(String key, String name) {
    return new EntityField(key, name);
  }

  /** A picker of Cortex users ({@code type: CORTEX_USER_FIELD}). */
  public static UserField user(String key, String name) {
    return new UserField(key, name);
  }

  /** A picker of Slack channels ({@code type: SLACK_FIELD}). */
  public static SlackChannelField slackChannel(String key, String name) {
    return new SlackChannelField(key, name);
  }

  /** A masked field for a secret ({@code type: SECRET_FIELD}). */
  public static SecretField secret(String key, String name) {
    return new SecretField(key, name);
  }

  /** A number field ({@code type: NUMBER_FIELD}). */
  public static NumberField number(String key, String name) {
    return new NumberField(key, name);
  }

  /** A date field ({@code type: DATE_FIELD}). */
  public static DateField date(String key, String name) {
    return new DateField(key, name);
  }
}
