package dev.cortexflow.dsl;

import dev.cortexflow.expr.HasRef;
import dev.cortexflow.model.input.InputOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The {@code inputOverrides} of a user-input or scaffolder block. */
final class Overrides {
  final List<InputOverride> list = new ArrayList<>();

  void options(String inputKey, HasRef source) {
    list.add(InputOverride.options(Objects.requireNonNull(inputKey, "inputKey"), source.ref().path()));
  }

  void value(String inputKey, HasRef source, boolean editable) {
    list.add(InputOverride.value(Objects.requireNonNull(inputKey, "inputKey"), source.ref().path(), editable));
  }
}
