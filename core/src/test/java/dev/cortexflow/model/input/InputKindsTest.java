package dev.cortexflow.model.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.block.Presence;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InputKindsTest {

  /** The accessors of {@link InputField} itself: the keys every form field has, which are no row's keys. */
  private static final Set<String> COMMON = Set.of("type", "key", "name", "description", "required", "extensions");

  @Test
  void every_form_field_model_type_but_the_custom_one_has_a_row() {
    Set<Class<?>> rows = InputKinds.ALL.stream().map(InputKind::modelType).collect(Collectors.toSet());

    assertThat(rows).containsExactlyInAnyOrderElementsOf(Arrays.stream(InputField.class.getPermittedSubclasses())
        .filter(c -> c != CustomInput.class).toList());
  }

  @Test
  void the_table_names_every_accessor_of_every_form_field_model_type() {
    for (InputKind<?, ?> kind : InputKinds.ALL) {
      Set<String> keys = kind.keys().stream().map(InputKey::key).collect(Collectors.toCollection(TreeSet::new));

      assertThat(keys).as("keys of %s in the input table", kind.type())
          .isEqualTo(accessors(kind.modelType()));
    }
  }

  @Test
  void each_row_is_found_by_its_discriminator_and_by_a_field_of_its_model_type() {
    assertThat(InputKinds.named("SLACK_FIELD")).containsSame(InputKinds.SLACK);
    assertThat(InputKinds.named("NESTED_FORM_FIELD")).isEmpty();
    assertThat(InputKinds.of(NumberInput.builder().key("n").name("N").build())).containsSame(InputKinds.NUMBER);
    assertThat(InputKinds.of(CustomInput.builder().type("NESTED_FORM_FIELD").key("n").name("N").build())).isEmpty();
  }

  @Test
  void the_formats_are_the_only_vocabularies_and_name_the_values_cortex_accepts() {
    List<String> vocabularies = InputKinds.ALL.stream().flatMap(k -> k.keys().stream()
        .filter(key -> key.kind().isVocabulary()).map(key -> k.type() + "." + key.key() + " " + key.kind()
            .knownValues())).toList();

    assertThat(vocabularies).containsExactly("NUMBER_FIELD.format [INTEGER, DECIMAL]",
        "DATE_FIELD.format [DATE, DATETIME]");
  }

  @Test
  void a_flag_is_required_or_defaulted_never_optional() {
    assertThat(InputKinds.ALL.stream().flatMap(k -> k.keys().stream())
        .filter(key -> key.kind() == InputValueKind.FLAG)).isNotEmpty()
        .allMatch(key -> key.presence() != Presence.OPTIONAL);
  }

  /** The descriptor keys of a model type: its accessors declared in the model other than the common ones. */
  private static Set<String> accessors(Class<?> type) {
    return Stream.of(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
        .filter(m -> m.getDeclaringClass().getPackageName().startsWith("dev.cortexflow.model"))
        .map(Method::getName)
        .filter(name -> !COMMON.contains(name))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void a_row_refuses_a_second_key_of_the_same_name() {
    assertThatThrownBy(() -> InputKinds.TEXT.optional("placeholder", InputValueKind.OPTIONAL_TEXT, "again",
        TextInput::placeholder, ImmutableTextInput.Builder::placeholder))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("INPUT_FIELD has two keys 'placeholder'");
  }

  @Test
  void rows_keys_and_value_kinds_are_shown_by_what_a_descriptor_says() {
    InputKey<?, ?, ?> options = InputKinds.SELECT.keys().get(0);

    assertThat(InputKinds.SELECT).hasToString("SELECT_FIELD");
    assertThat(options).hasToString("options (array of strings, required)");
    assertThat(InputValueKind.NUMBER_FORMAT.name()).isEqualTo("number format");
    assertThat(InputValueKind.OPTIONAL_TEXTS).hasToString("array of strings or null");
  }
}
