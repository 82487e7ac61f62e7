package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.testkit.Golden;
import dev.cortexflow.codec.testkit.JsonSchemaCheck;
import dev.cortexflow.codec.testkit.ModelFixtures;
import dev.cortexflow.codec.testkit.SharedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The committed editor schema is what the generator makes, and real and written descriptors satisfy it. */
class JsonSchemaTest {
  private static final JsonSchemaCheck SCHEMA = JsonSchemaCheck.of(WorkflowJsonSchema.generate());

  @Test
  void committed_schema_matches_the_generator() {
    String root = System.getProperty("cortexflow.root");
    org.junit.jupiter.api.Assumptions.assumeTrue(root != null, "skipped: cortexflow.root is not set");

    Golden.assertMatches(Path.of(root, "schema", "cortex-workflow.schema.json"), WorkflowJsonSchema.generate());
  }

  @Test
  void generating_twice_gives_the_same_bytes() {
    assertThat(WorkflowJsonSchema.generate()).isEqualTo(WorkflowJsonSchema.generate()).endsWith("}\n");
  }

  @TestFactory
  Stream<DynamicTest> every_corpus_descriptor_satisfies_the_schema() {
    return SharedFiles.corpus().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> assertThat(SCHEMA.errors(Files.readString(file))).isEmpty()));
  }

  @Test
  void every_written_fixture_satisfies_the_schema() {
    for (Workflow w : ModelFixtures.valid().values()) {
      assertThat(SCHEMA.errors(WorkflowYaml.write(w))).as(w.tag()).isEmpty();
      assertThat(SCHEMA.errors(WorkflowJson.write(w))).as(w.tag()).isEmpty();
    }
  }

  @Test
  void the_schema_rejects_unknown_block_types_missing_fields_and_bad_enums() {
    String yaml = """
        name: W
        tag: w
        isDraft: maybe
        filter: {type: ENTITY, ownershipScope: NOBODY}
        actions:
        - name: A
          slug: a
          schema: {type: JQ}
          outgoingActions: []
          isRootAction: true
        - slug: b
          schema: {type: TELEPORT}
          outgoingActions: []
          isRootAction: false
        """;

    assertThat(SCHEMA.errors(yaml)).containsExactly(
        "/isDraft: expected \"boolean\", got maybe",
        "/filter/ownershipScope: NOBODY is not one of [\"ALL\",\"OWNER\",\"EDITOR\"]",
        "/actions/0/schema/expression: missing required property",
        "/actions/1/name: missing required property",
        "/actions/1/schema/type: unknown type TELEPORT");
  }

  @Test
  void every_property_has_a_description() {
    assertThat(WorkflowJsonSchema.generate()).doesNotContain("\"properties\": {}");
    com.fasterxml.jackson.databind.JsonNode schema = readTree(WorkflowJsonSchema.generate());
    java.util.List<String> missing = new java.util.ArrayList<>();
    collectUndescribed(schema, "", missing);
    assertThat(missing).isEmpty();
  }

  private static void collectUndescribed(com.fasterxml.jackson.databind.JsonNode node, String at,
      java.util.List<String> out) {
    node.path("properties").fields().forEachRemaining(e -> {
      if (!e.getValue().has("description")) {
        out.add(at + "/" + e.getKey());
      }
    });
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isObject()) {
        collectUndescribed(e.getValue(), at + "/" + e.getKey(), out);
      }
    });
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
