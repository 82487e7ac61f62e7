package dev.cortexflow.validate;

import dev.cortexflow.model.Extensible;
import dev.cortexflow.model.input.CustomInput;
import dev.cortexflow.model.input.DateInput;
import dev.cortexflow.model.input.EntityInput;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.MultiSelectInput;
import dev.cortexflow.model.input.NumberInput;
import dev.cortexflow.model.input.SecretInput;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.model.input.SlackInput;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.model.input.TextareaInput;
import dev.cortexflow.model.input.ToggleInput;
import dev.cortexflow.model.input.UserPickerInput;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The type-specific strings of a form field (defaults, placeholders, options), for {@link ModelStrings}. */
final class InputStrings implements InputField.Visitor<Void> {

  private final String at;
  private final BiConsumer<String, String> text;
  private final BiConsumer<String, Extensible> extensions;

  private InputStrings(String at, BiConsumer<String, String> text, BiConsumer<String, Extensible> extensions) {
    this.at = at;
    this.text = text;
    this.extensions = extensions;
  }

  /**
   * Visits the type-specific strings of {@code f} at {@code at}; {@code extensions} receives the nested values
   * that keep unknown keys (the users of a user field).
   */
  static void visit(InputField f, String at, BiConsumer<String, String> text,
      BiConsumer<String, Extensible> extensions) {
    f.accept(new InputStrings(at, text, extensions));
  }

  @Override
  public Void textInput(TextInput t) {
    one(at + "/defaultValue", t.defaultValue(), text);
    one(at + "/placeholder", t.placeholder(), text);
    one(at + "/validationRegex", t.validationRegex(), text);
    return null;
  }

  @Override
  public Void textareaInput(TextareaInput t) {
    one(at + "/defaultValue", t.defaultValue(), text);
    one(at + "/placeholder", t.placeholder(), text);
    one(at + "/validationRegex", t.validationRegex(), text);
    return null;
  }

  @Override
  public Void selectInput(SelectInput s) {
    all(at + "/options", Optional.of(s.options()), text);
    all(at + "/optionsLabels", s.optionsLabels(), text);
    one(at + "/defaultValue", s.defaultValue(), text);
    one(at + "/placeholder", s.placeholder(), text);
    return null;
  }

  @Override
  public Void multiSelectInput(MultiSelectInput s) {
    all(at + "/options", Optional.of(s.options()), text);
    all(at + "/optionsLabels", s.optionsLabels(), text);
    all(at + "/defaultValue", s.defaultValue(), text);
    one(at + "/placeholder", s.placeholder(), text);
    return null;
  }

  @Override
  public Void toggleInput(ToggleInput t) {
    return null; // a toggle holds no string of its own
  }

  @Override
  public Void entityInput(EntityInput e) {
    all(at + "/defaultValue", e.defaultValue(), text);
    one(at + "/placeholder", e.placeholder(), text);
    return null;
  }

  @Override
  public Void userPickerInput(UserPickerInput u) {
    u.defaultValue().ifPresent(users -> {
      for (int i = 0; i < users.size(); i++) {
        text.accept(at + "/defaultValue/" + i + "/email", users.get(i).email());
        text.accept(at + "/defaultValue/" + i + "/name", users.get(i).name());
        extensions.accept(at + "/defaultValue/" + i, users.get(i));
      }
    });
    one(at + "/placeholder", u.placeholder(), text);
    return null;
  }

  @Override
  public Void slackInput(SlackInput s) {
    all(at + "/defaultValue", s.defaultValue(), text);
    one(at + "/placeholder", s.placeholder(), text);
    return null;
  }

  @Override
  public Void secretInput(SecretInput s) {
    one(at + "/placeholder", s.placeholder(), text);
    one(at + "/validationRegex", s.validationRegex(), text);
    return null;
  }

  @Override
  public Void numberInput(NumberInput n) {
    one(at + "/placeholder", n.placeholder(), text);
    return null;
  }

  @Override
  public Void dateInput(DateInput d) {
    one(at + "/defaultValue", d.defaultValue(), text);
    one(at + "/placeholder", d.placeholder(), text);
    return null;
  }

  @Override
  public Void customInput(CustomInput c) {
    return null; // every key of an unknown field type is an extension, visited with the field's
  }

  private static void one(String pointer, Optional<String> value, BiConsumer<String, String> text) {
    value.ifPresent(v -> text.accept(pointer, v));
  }

  private static void all(String pointer, Optional<List<String>> values, BiConsumer<String, String> text) {
    values.ifPresent(list -> {
      for (int i = 0; i < list.size(); i++) {
        text.accept(pointer + "/" + i, list.get(i));
      }
    });
  }
}
