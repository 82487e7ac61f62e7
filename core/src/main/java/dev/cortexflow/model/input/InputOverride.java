package dev.cortexflow.model.input;

import dev.cortexflow.model.Extensible;
import org.immutables.value.Value;

/**
 * Binds a form or template input to run state (an entry of {@code inputOverrides}): {@code OPTION} supplies a
 * select field's options, {@code VALUE} supplies its value.
 */
public sealed interface InputOverride extends Extensible {

  /** The discriminator ({@code type}). */
  String type();

  /** The field key the override applies to ({@code inputKey}). */
  String inputKey();

  /** Returns an {@code OPTION} override reading the options from a state path. */
  static InputOverride options(String inputKey, String outputVariable) {
    return ImmutableOptionOverride.builder().inputKey(inputKey).outputVariable(outputVariable).build();
  }

  /** Returns a {@code VALUE} override binding the field to a state path. */
  static InputOverride value(String inputKey, String outputVariable, boolean editable) {
    return ImmutableValueOverride.builder().inputKey(inputKey).outputVariable(outputVariable)
        .editable(editable).build();
  }

  /** {@code {type: OPTION, inputKey, outputVariable}}. */
  @Value.Immutable
  non-sealed interface OptionOverride extends InputOverride {
    @Override
    default String type() {
      return "OPTION";
    }

    /** State path of the option list, without a leading dot ({@code outputVariable}). */
    String outputVariable();
  }

  /** {@code {type: VALUE, inputKey, outputVariable, editable}}. */
  @Value.Immutable
  non-sealed interface ValueOverride extends InputOverride {
    @Override
    default String type() {
      return "VALUE";
    }

    /** State path of the value, without a leading dot ({@code outputVariable}). */
    String outputVariable();

    /** Whether the run pauses so that the user can change the value ({@code editable}, default false). */
    @Value.Default
    default boolean editable() {
      return false;
    }
  }

  /** An override type cortexflow does not know; its other keys are in {@link #extensions()}. */
  @Value.Immutable
  non-sealed interface CustomOverride extends InputOverride {
    @Override
    String type();
  }
}
