package dev.cortexflow.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.input.DateFormat;
import dev.cortexflow.model.input.DateInput;
import dev.cortexflow.model.input.EntityInput;
import dev.cortexflow.model.input.ImmutableInputEntityFilter;
import dev.cortexflow.model.input.ImmutableInputSlackFilter;
import dev.cortexflow.model.input.ImmutableInputUserFilter;
import dev.cortexflow.model.input.ImmutableUserRef;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputKind;
import dev.cortexflow.model.input.InputKinds;
import dev.cortexflow.model.input.MultiSelectInput;
import dev.cortexflow.model.input.NumberFormat;
import dev.cortexflow.model.input.NumberInput;
import dev.cortexflow.model.input.SecretInput;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.model.input.SlackInput;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.model.input.TextareaInput;
import dev.cortexflow.model.input.ToggleInput;
import dev.cortexflow.model.input.UserPickerInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The input table's key order is the order the codec writes form fields in. */
class InputKeyOrderTest {
  private static final List<String> COMMON = List.of("type", "key", "name", "description", "required");

  @Test
  void every_input_value_kind_has_a_codec() {
    assertThat(InputKeyCodecs.coversEveryKind()).isTrue();
  }

  @Test
  void the_codec_writes_a_field_of_every_kind_with_the_common_keys_then_the_tables_keys_in_its_order() {
    List<InputField> fields = everyKeySet();
    assertThat(fields).extracting(InputField::type)
        .containsExactlyElementsOf(InputKinds.ALL.stream().map(InputKind::type).toList());

    for (InputField field : fields) {
      List<String> expected = new ArrayList<>(COMMON);
      InputKinds.of(field).orElseThrow().keys().forEach(k -> expected.add(k.key()));
      expected.add("note");

      assertThat(((JsonValue.JsonObject) InputMapper.writeField(field)).members().keySet())
          .as("keys written for %s", field.type()).containsExactlyElementsOf(expected);
    }
  }

  /** One field of each kind, in the table's order, with every key set and an unknown key {@code note}. */
  private static List<InputField> everyKeySet() {
    JsonValue note = JsonValue.of("kept");
    return List.of(
        TextInput.builder().key("t").name("T").description("d").required(true).defaultValue("v").placeholder("p")
            .validationRegex("r").putExtension("note", note).build(),
        TextareaInput.builder().key("t").name("T").description("d").required(true).defaultValue("v")
            .placeholder("p").validationRegex("r").putExtension("note", note).build(),
        SelectInput.builder().key("s").name("S").description("d").required(true).addOptions("a")
            .optionsLabels(List.of("A")).allowAdditionalOptions(true).defaultValue("a").placeholder("p")
            .putExtension("note", note).build(),
        MultiSelectInput.builder().key("m").name("M").description("d").required(true).addOptions("a")
            .optionsLabels(List.of("A")).allowAdditionalOptions(true).defaultValue(List.of("a")).placeholder("p")
            .putExtension("note", note).build(),
        ToggleInput.builder().key("o").name("O").description("d").required(true).defaultValue(true)
            .putExtension("note", note).build(),
        EntityInput.builder().key("e").name("E").description("d").required(true).allowMultiple(true)
            .entityFilter(ImmutableInputEntityFilter.builder().groupTags(List.of("g")).build())
            .shouldDisplayOptionsAsHierarchy(true).defaultValue(List.of("svc")).placeholder("p")
            .limitEntitiesToRunnerUserScope(true).putExtension("note", note).build(),
        UserPickerInput.builder().key("u").name("U").description("d").required(true).allowMultiple(true)
            .filter(ImmutableInputUserFilter.builder().userEmails(List.of("a@example.com")).build())
            .defaultValue(List.of(ImmutableUserRef.builder().email("a@example.com").name("A").build()))
            .placeholder("p").putExtension("note", note).build(),
        SlackInput.builder().key("c").name("C").description("d").required(true).allowMultiple(true)
            .filter(ImmutableInputSlackFilter.builder().addChannels("ops").build()).defaultValue(List.of("ops"))
            .placeholder("p").putExtension("note", note).build(),
        SecretInput.builder().key("x").name("X").description("d").required(true).disabled(true).placeholder("p")
            .validationRegex("r").putExtension("note", note).build(),
        NumberInput.builder().key("n").name("N").description("d").required(true).disabled(true)
            .format(NumberFormat.DECIMAL).min(BigDecimal.ONE).max(BigDecimal.TEN).defaultValue(BigDecimal.ONE)
            .placeholder("p").putExtension("note", note).build(),
        DateInput.builder().key("w").name("W").description("d").required(true).disabled(true)
            .format(DateFormat.DATETIME).defaultValue("2026-01-01T00:00:00Z").placeholder("p")
            .putExtension("note", note).build());
  }
}
