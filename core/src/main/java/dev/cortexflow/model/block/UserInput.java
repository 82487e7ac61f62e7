package dev.cortexflow.model.block;

import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputOverride;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A form the runner fills in; each field's value is at {@code actions.<slug>.outputs.<key>}. Descriptor {@code type: USER_INPUT}. */
@Value.Immutable
public non-sealed interface UserInput extends BlockSchema {

  /** Returns {@code USER_INPUT}. */
  @Override
  default String type() {
    return "USER_INPUT";
  }

  /** The form fields ({@code inputs}). */
  List<InputField> inputs();

  /** Option lists and values bound to state paths ({@code inputOverrides}, default empty). */
  List<InputOverride> inputOverrides();

  /** JavaScript that validates the submitted values ({@code jsValidatorScript}). */
  Optional<String> jsValidatorScript();

  /** Returns a new builder. */
  static ImmutableUserInput.Builder builder() {
    return ImmutableUserInput.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#userInput userInput} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.userInput(this);
  }
}
