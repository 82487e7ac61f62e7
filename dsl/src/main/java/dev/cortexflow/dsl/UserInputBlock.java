package dev.cortexflow.dsl;

import dev.cortexflow.expr.HasRef;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code USER_INPUT} block: a form the runner fills in; each field's value is at
 * {@code actions.<slug>.outputs.<key>}. Create it with {@link Blocks#userInput(String, String, FieldSpec...)}.
 *
 * <pre class="compilable">{@code
 * userInput("choose", "Choose version",
 *     text("version", "Version").required(),
 *     select("env", "Environment", "staging", "prod"))
 *   .optionsFrom("env", environments.output("result"))
 * }</pre>
 */
public final class UserInputBlock extends BlockSpec<UserInputBlock> {

  private final List<InputField> fields = new ArrayList<>();
  private final Overrides overrides = new Overrides();
  private Optional<String> jsValidatorScript = Optional.empty();

  UserInputBlock(String slug, String name) {
    super(slug, name);
  }

  /** Adds form fields ({@code inputs}), in order. */
  public UserInputBlock fields(FieldSpec<?>... fields) {
    self();
    for (FieldSpec<?> field : fields) {
      this.fields.add(field.addTo(slug()));
    }
    return self();
  }

  /** Adds one form field ({@code inputs}): {@code field(text("version", "Version").required())}. */
  public UserInputBlock field(FieldSpec<?> field) {
    return fields(Objects.requireNonNull(field, "field"));
  }

  /**
   * Adds a form field given as a model value ({@code inputs}), e.g. a {@code CustomInput} of a kind the
   * {@link Inputs} factories do not cover.
   */
  public UserInputBlock inputField(InputField field) {
    Objects.requireNonNull(field, "field");
    self();
    fields.add(field);
    return self();
  }

  /**
   * Supplies a select field's options from run state: an {@code inputOverrides} entry of {@code type: OPTION} with
   * {@code inputKey} and {@code outputVariable} (the reference's state path).
   */
  public UserInputBlock optionsFrom(String inputKey, HasRef source) {
    overrides.options(inputKey, source);
    return self();
  }

  /**
   * Binds a field to a value of run state: an {@code inputOverrides} entry of {@code type: VALUE}; with
   * {@code editable} the run pauses so that the user can change the value.
   */
  public UserInputBlock valueFrom(String inputKey, HasRef source, boolean editable) {
    overrides.value(inputKey, source, editable);
    return self();
  }

  /** Adds an {@code inputOverrides} entry given as a model value. */
  public UserInputBlock override(InputOverride override) {
    overrides.list.add(Objects.requireNonNull(override, "override"));
    return self();
  }

  /** Sets the JavaScript that validates the submitted values ({@code jsValidatorScript}). */
  public UserInputBlock jsValidatorScript(CharSequence script) {
    jsValidatorScript = Optional.of(set("jsValidatorScript", script));
    return self();
  }

  @Override
  BlockSchema toSchema() {
    return UserInput.builder().inputs(fields).inputOverrides(overrides.list).jsValidatorScript(jsValidatorScript)
        .putAllExtensions(customFields()).build();
  }
}
