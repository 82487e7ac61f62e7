package dev.cortexflow.codegen;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.CustomInput;
import dev.cortexflow.model.input.DateFormat;
import dev.cortexflow.model.input.InputEntityFilter;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputKey;
import dev.cortexflow.model.input.InputKind;
import dev.cortexflow.model.input.InputKinds;
import dev.cortexflow.model.input.InputSlackFilter;
import dev.cortexflow.model.input.InputUserFilter;
import dev.cortexflow.model.input.InputValueKind;
import dev.cortexflow.model.input.NumberFormat;
import dev.cortexflow.model.input.UserRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A form with one field of every kind of the input table, each with every key of its row set, imports to Java
 * that builds the same fields with the DSL: a key added to the table that the importer's DSL code drops makes it
 * build the form with the model API instead, and this fail.
 */
class EveryInputKeyImportTest {

  /** A value for a key of each kind, chosen so that the fields are consistent (the default is an option). */
  private static final Map<InputValueKind<?>, Object> SAMPLES = Map.ofEntries(
      entry(InputValueKind.OPTIONAL_TEXT, Optional.of("ops")),
      entry(InputValueKind.OPTIONAL_BOOLEAN, Optional.of(true)),
      entry(InputValueKind.FLAG, true),
      entry(InputValueKind.TEXTS, List.of("ops")),
      entry(InputValueKind.OPTIONAL_TEXTS, Optional.of(List.of("ops"))),
      entry(InputValueKind.OPTIONAL_NUMBER, Optional.of(new BigDecimal("2.5"))),
      entry(InputValueKind.NUMBER_FORMAT, Optional.of(NumberFormat.DECIMAL)),
      entry(InputValueKind.DATE_FORMAT, Optional.of(DateFormat.DATETIME)),
      entry(InputValueKind.ENTITY_FILTER, Optional.of(InputEntityFilter.builder().groupTags(List.of("g")).build())),
      entry(InputValueKind.USER_FILTER, Optional.of(InputUserFilter.builder().userEmails(List.of("u@x.y")).build())),
      entry(InputValueKind.SLACK_FILTER, Optional.of(InputSlackFilter.of(List.of("ops")))),
      entry(InputValueKind.USERS, Optional.of(List.of(UserRef.of("u@x.y", "U")))));

  private final WorkflowImporter importer = WorkflowImporter.builder().packageName("com.acme.flows").build();

  @Test
  void every_key_of_every_input_kind_survives_an_import() throws Exception {
    // given
    List<InputField> fields = InputKinds.ALL.stream().<InputField>map(EveryInputKeyImportTest::everyKeySet).toList();
    Workflow original = Workflow.builder().name("Every input key").tag("every-input-key").filter(GlobalFilter.of())
        .addAction(Block.builder().slug("form").name("Form").isRootAction(true)
            .schema(UserInput.builder().addAllInputs(fields).build()).build())
        .build();

    // when
    ImportResult result = importer.importWorkflows(List.of(original), "every-input-key.yaml");
    JavaSource source = result.sources().get(0);
    Workflow rebuilt = ((WorkflowSource) InMemoryCompiler.compile(result.sources())
        .loadClass(source.qualifiedName()).getDeclaredConstructor().newInstance()).workflow();

    // then: the form is built with the DSL's userInput, which rebuilds every field (else the block would be built
    // with the model API)
    assertThat(source.text()).contains("userInput(\"form\", \"Form\")").doesNotContain("UserInput.builder()");
    assertThat(((UserInput) rebuilt.actions().get(0).schema()).inputs()).containsExactlyElementsOf(fields);
  }

  @Test
  void every_input_value_kind_has_a_sample() {
    assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(InputValueKind.ALL);
  }

  private static <F extends InputField, B> F everyKeySet(InputKind<F, B> kind) {
    String key = kind.type().toLowerCase(Locale.ROOT);
    B builder = kind.newBuilder();
    kind.setCommon(builder, CustomInput.builder().type(kind.type()).key(key).name(kind.description())
        .description("Help for " + key).required(true).build());
    kind.keys().forEach(k -> set(k, builder));
    return kind.build(builder);
  }

  @SuppressWarnings("unchecked") // SAMPLES holds a value of each kind's own type
  private static <B, V> void set(InputKey<?, B, V> key, B builder) {
    key.setIn(builder, (V) SAMPLES.get(key.kind()));
  }
}
