package dev.cortexflow.validate;

import dev.cortexflow.model.Extensible;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputKey;
import dev.cortexflow.model.input.InputKind;
import dev.cortexflow.model.input.InputKinds;
import dev.cortexflow.model.input.InputValueKind;
import dev.cortexflow.model.input.UserRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The type-specific strings of a form field (defaults, placeholders, options), for {@link ModelStrings}: the keys
 * of its row in the input table ({@link InputKinds}) whose kind holds text, in the table's order.
 */
final class InputStrings {
  /** The kinds that hold no string that could read run state: flags, numbers, formats and filters. */
  private static final Set<InputValueKind<?>> NO_TEXT = Set.of(InputValueKind.OPTIONAL_BOOLEAN, InputValueKind.FLAG,
      InputValueKind.OPTIONAL_NUMBER, InputValueKind.NUMBER_FORMAT, InputValueKind.DATE_FORMAT,
      InputValueKind.ENTITY_FILTER, InputValueKind.USER_FILTER, InputValueKind.SLACK_FILTER);
  /** The kinds {@link #strings} visits. */
  private static final Set<InputValueKind<?>> TEXT = Set.of(InputValueKind.OPTIONAL_TEXT, InputValueKind.TEXTS,
      InputValueKind.OPTIONAL_TEXTS, InputValueKind.USERS);

  private InputStrings() {}

  /**
   * Visits the type-specific strings of {@code f} at {@code at}; {@code extensions} receives the nested values
   * that keep unknown keys (the users of a user field). A field of an unknown kind has none: its keys are
   * extensions, visited with the field's.
   */
  static void visit(InputField f, String at, BiConsumer<String, String> text,
      BiConsumer<String, Extensible> extensions) {
    InputKinds.of(f).ifPresent(kind -> visit(kind, f, at, text, extensions));
  }

  /** Whether every kind of the input table either holds text or is listed as holding none (checked by a test). */
  static boolean coversEveryKind() {
    return InputValueKind.ALL.stream().allMatch(k -> TEXT.contains(k) ^ NO_TEXT.contains(k));
  }

  private static <F extends InputField> void visit(InputKind<F, ?> kind, InputField f, String at,
      BiConsumer<String, String> text, BiConsumer<String, Extensible> extensions) {
    F field = kind.cast(f);
    for (InputKey<F, ?, ?> key : kind.keys()) {
      if (TEXT.contains(key.kind())) {
        strings(key.kind(), key.valueIn(field), at + "/" + key.key(), text, extensions);
      }
    }
  }

  private static void strings(InputValueKind<?> kind, Object value, String pointer, BiConsumer<String, String> text,
      BiConsumer<String, Extensible> extensions) {
    Object present = value instanceof Optional<?> o ? o.orElse(null) : value;
    if (kind == InputValueKind.OPTIONAL_TEXT && present instanceof String s) {
      text.accept(pointer, s);
    } else if (kind == InputValueKind.USERS && present instanceof List<?> users) {
      for (int i = 0; i < users.size(); i++) {
        if (users.get(i) instanceof UserRef user) {
          text.accept(pointer + "/" + i + "/email", user.email());
          text.accept(pointer + "/" + i + "/name", user.name());
          extensions.accept(pointer + "/" + i, user);
        }
      }
    } else if (present instanceof List<?> list) { // TEXTS and OPTIONAL_TEXTS
      for (int i = 0; i < list.size(); i++) {
        text.accept(pointer + "/" + i, String.valueOf(list.get(i)));
      }
    }
  }
}
