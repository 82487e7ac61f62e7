package dev.cortexflow.model.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowYaml;
import dev.cortexflow.codec.testkit.SharedFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BlockTypesTest {

  @Test
  void everyBlockSchemaTypeButTheCustomOneHasExactlyOneRow() {
    List<Class<?>> described = new ArrayList<>();
    BlockTypes.ALL.forEach(t -> described.add(t.modelType()));
    List<Class<?>> permitted = new ArrayList<>(Arrays.asList(BlockSchema.class.getPermittedSubclasses()));
    permitted.remove(CustomBlock.class);
    assertThat(described).containsExactlyInAnyOrderElementsOf(permitted);
  }

  @Test
  void aBlockReadWithOnlyItsTypeIsOfTheModelTypeOfItsRowAndReportsEachMissingRequiredKey() {
    for (BlockType<?, ?> type : BlockTypes.ALL) {
      ReadResult result = WorkflowYaml.read("name: W\ntag: w\nisDraft: false\nfilter:\n  type: GLOBAL\n"
          + "actions:\n- name: B\n  slug: b\n  schema:\n    type: " + type.type()
          + "\n  outgoingActions: []\n  isRootAction: true\n");
      BlockSchema schema = result.workflow().actions().get(0).schema();
      assertThat(schema).as(type.type()).isInstanceOf(type.modelType());
      assertThat(schema.type()).isEqualTo(type.type());
      List<String> missing = new ArrayList<>();
      type.fields().stream().filter(f -> f.presence() == Presence.REQUIRED)
          .forEach(f -> missing.add("/actions/0/schema/" + f.key()));
      assertThat(result.violations().stream().map(Violation::pointer)).as(type.type())
          .containsExactlyInAnyOrderElementsOf(missing);
    }
  }

  @Test
  void theTableHoldsEveryPropertyOfTheOpenApiAndMarksItsRequiredOnesRequiredOrDefaulted() throws IOException {
    JsonNode schemas = new ObjectMapper().readTree(SharedFiles.openApi().toFile()).path("components")
        .path("schemas");
    List<String> openApiTypes = new ArrayList<>();
    schemas.fieldNames().forEachRemaining(name -> {
      if (name.startsWith("WorkflowActionSchema.")) {
        openApiTypes.add(name.substring("WorkflowActionSchema.".length()));
      }
    });
    assertThat(BlockTypes.ALL.stream().map(BlockType::type)).containsExactlyInAnyOrderElementsOf(openApiTypes);
    for (BlockType<?, ?> type : BlockTypes.ALL) {
      Set<String> properties = new TreeSet<>();
      Set<String> required = new TreeSet<>();
      JsonNode definition = schemas.path("WorkflowActionSchema." + type.type());
      definition.path("required").forEach(r -> required.add(r.asText()));
      for (JsonNode part : definition.path("allOf")) {
        part.path("properties").fieldNames().forEachRemaining(properties::add);
        part.path("required").forEach(r -> required.add(r.asText()));
      }
      properties.remove("type");
      required.remove("type");
      Set<String> keys = new TreeSet<>();
      Set<String> requiredOrDefaulted = new TreeSet<>();
      type.fields().forEach(f -> {
        keys.add(f.key());
        if (f.presence() != Presence.OPTIONAL) {
          requiredOrDefaulted.add(f.key());
        }
      });
      assertThat(keys).as(type.type()).containsAll(properties);
      assertThat(requiredOrDefaulted).as(type.type()).isEqualTo(required);
    }
  }

  @Test
  void aRowRefusesTheSameKeyTwice() {
    assertThatThrownBy(() -> BlockType.of("JQ", "Runs jq", Jq.class, Jq::builder, ImmutableJq.Builder::extensions,
        ImmutableJq.Builder::build)
        .required("expression", FieldKind.TEXT, "The program", Jq::expression, ImmutableJq.Builder::expression)
        .optional("expression", FieldKind.TEXT, "Again", Jq::expression, ImmutableJq.Builder::expression))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JQ has two fields 'expression'");
  }

  @Test
  void namedFindsARowByItsDiscriminatorAndNothingForAnUnknownType() {
    assertThat(BlockTypes.named("SLACK")).containsSame(BlockTypes.SLACK);
    assertThat(BlockTypes.named("RUN_WORKFLOW")).isEmpty();
    assertThat(BlockTypes.of(CustomBlock.builder().type("RUN_WORKFLOW").build())).isEmpty();
  }

  @Test
  void onlyTheVocabularyKindsConvertText() {
    assertThat(FieldKind.HTTP_METHOD.fromText("POST")).isSameAs(HttpMethod.POST);
    assertThat(FieldKind.ALL.stream().filter(FieldKind::isVocabulary))
        .containsExactly(FieldKind.HTTP_METHOD, FieldKind.URGENCY);
    assertThatThrownBy(() -> FieldKind.TEXT.fromText("x")).isInstanceOf(IllegalStateException.class)
        .hasMessage("string is not a vocabulary");
  }
}
