package dev.cortexflow.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowJson;
import dev.cortexflow.codec.WorkflowReader;
import dev.cortexflow.codec.WorkflowYaml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty list or an empty object in any position of a descriptor that holds a list or an object imports into
 * Java that compiles and renders back the same descriptor (or, where reading must drop the value, is reported and
 * skipped): the table is every position of a list or object in two descriptors that between them use every block
 * type, every input kind and every filter, each emptied in turn.
 */
class EmptyCollectionsImportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /**
   * Pointers of the lists and objects below the root, in document order, one for each position: a position is
   * the pointer without list indices, within the types ({@code type} keys) of the objects around it, so the
   * {@code outgoingActions} of two JQ blocks are one position and the {@code defaultValue} of a text and of an
   * entity field are two.
   */
  private static void containers(JsonNode node, String pointer, String position, Map<String, String> out) {
    String here = node.isObject() && node.path("type").isTextual()
        ? position + "<" + node.get("type").asText() + ">" : position;
    if (!pointer.isEmpty() && node.isContainerNode()) {
      out.putIfAbsent(here, pointer);
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        String key = "/" + e.getKey().replace("~", "~0").replace("/", "~1");
        containers(e.getValue(), pointer + key, here + key, out);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        containers(node.get(i), pointer + "/" + i, here + "/*", out);
      }
    }
  }

  private static JsonNode emptied(JsonNode root, String pointer) {
    JsonNode copy = root.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    JsonNode empty = copy.at(pointer).isArray() ? JsonNodeFactory.instance.arrayNode()
        : JsonNodeFactory.instance.objectNode();
    if (parent instanceof ObjectNode object) {
      object.set(key, empty);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(key), empty);
    }
    return copy;
  }

  @Test
  void every_list_and_object_emptied_in_turn_imports_compiles_and_renders_back_the_same() throws Exception {
    // given: the table of variants, one descriptor file each
    Map<Path, String> pointerOf = new LinkedHashMap<>();
    for (Workflow base : List.of(ModelFixtures.everything(), ModelFixtures.everyInputKind())) {
      JsonNode root = JSON.readTree(WorkflowJson.write(base));
      Map<String, String> positions = new LinkedHashMap<>();
      containers(root, "", "", positions);
      for (String pointer : positions.values()) {
        Path file = dir.resolve(base.tag() + "-" + pointerOf.size() + ".json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(emptied(root, pointer)),
            StandardCharsets.UTF_8);
        pointerOf.put(file, base.tag() + " " + pointer);
      }
    }
    List<Path> files = new ArrayList<>(pointerOf.keySet());
    assertThat(pointerOf.values()).contains(
        "every-input-kind /actions/1/schema/inputs/5/defaultValue",
        "every-input-kind /actions/1/schema/inputs/5/entityFilter",
        "every-input-kind /actions/1/schema/inputs/5/entityFilter/domainIds",
        "every-input-kind /actions/1/schema/inputs/5/entityFilter/emailOwners",
        "every-input-kind /actions/1/schema/inputs/5/entityFilter/excludedGroupTags",
        "every-input-kind /actions/1/schema/inputs/5/entityFilter/groupTags",
        "every-input-kind /actions/1/schema/inputs/5/entityFilter/teamIds",
        "everything /filter/entityFilter", "everything /variables", "everything /actions/0/schema/inputs");

    // when
    ImportResult result = WorkflowImporter.builder().packageName("com.acme.empty").build().importPaths(files);
    InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(result.sources());

    // then: each variant is imported and renders back the descriptor as read, or skipped naming a dropped value
    assertThat(result.failures()).allSatisfy(f -> assertThat(f.message()).startsWith("at /")
        .contains("not imported, since reading had to drop or replace a value"));
    List<String> imported = new ArrayList<>();
    int next = 0;
    for (Path file : files) {
      if (result.failures().stream().anyMatch(f -> f.source().equals(file.toString()))) {
        continue;
      }
      JavaSource source = result.sources().get(next++);
      Workflow read = WorkflowReader.read(file).workflow();
      Workflow rebuilt = ((WorkflowSource) compiled.loadClass(source.qualifiedName()).getDeclaredConstructor()
          .newInstance()).workflow();
      assertThat(SemanticYaml.of(WorkflowYaml.write(rebuilt))).as(pointerOf.get(file))
          .isEqualTo(SemanticYaml.of(WorkflowYaml.write(read)));
      imported.add(pointerOf.get(file));
    }
    assertThat(next).isEqualTo(result.sources().size());
    assertThat(imported).contains(
        "every-input-kind /actions/1/schema/inputs/5/defaultValue",
        "every-input-kind /actions/1/schema/inputs/5/entityFilter/domainIds",
        "every-input-kind /actions/1/schema/inputs/5/entityFilter/emailOwners",
        "every-input-kind /actions/1/schema/inputs/5/entityFilter/excludedGroupTags",
        "every-input-kind /actions/1/schema/inputs/5/entityFilter/groupTags",
        "every-input-kind /actions/1/schema/inputs/5/entityFilter/teamIds");
    System.out.printf("emptied %d positions of lists and objects: %d imported, %d skipped%n", files.size(), imported.size(),
        result.failures().size());
  }
}
