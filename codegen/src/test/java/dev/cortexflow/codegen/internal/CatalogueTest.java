package dev.cortexflow.codegen.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  private final Catalogue catalogue = Catalogue.bundled();

  @Test
  void lists_the_cortex_identifiers_of_the_specification_with_typed_inputs() {
    assertThat(catalogue.find("cortex.createOrUpdateEntity").orElseThrow().input("dryRun").orElseThrow().type())
        .isEqualTo(InputType.BOOLEAN);
    assertThat(catalogue.find("cortex.createOrUpdateEntity").orElseThrow().input("mode").orElseThrow().values())
        .containsExactly("CREATE", "UPSERT");
    assertThat(catalogue.find("cortex.createOrPatchEntity")).isPresent();
    assertThat(catalogue.find("cortex.addCustomMetricsDataPoint").orElseThrow().inputs())
        .extracting(CatalogueInput::key).containsExactly("value", "entityId", "timestamp", "metricsKey");
    assertThat(catalogue.actions()).filteredOn(a -> a.namespace().equals("github")).hasSize(40);
    assertThat(catalogue.actions()).filteredOn(a -> a.namespace().equals("gitlab")).hasSize(35);
  }

  @Test
  void knows_every_identifier_and_input_key_of_the_corpus() throws IOException {
    // given
    String shared = System.getProperty("cortexflow.shared");
    Path corpus = shared == null ? null : Path.of(shared, "corpus");
    assumeTrue(corpus != null && Files.isDirectory(corpus),
        "corpus of real descriptors not found at '" + corpus + "'; skipped");
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<String> unknown = new ArrayList<>();
    int seen = 0;

    // when
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (JsonNode action : yaml.readTree(file.toFile()).path("actions")) {
          JsonNode schema = action.path("schema");
          if (!schema.path("type").asText().equals("ADVANCED_HTTP_REQUEST")) {
            continue;
          }
          seen++;
          String id = schema.path("actionIdentifier").asText();
          catalogue.find(id).ifPresentOrElse(known -> {
            for (Iterator<String> keys = schema.path("inputs").fieldNames(); keys.hasNext(); ) {
              String key = keys.next();
              if (known.input(key).isEmpty()) {
                unknown.add(id + "." + key);
              }
            }
          }, () -> unknown.add(id));
        }
      }
    }

    // then
    assertThat(seen).isGreaterThan(40);
    assertThat(unknown).isEmpty();
  }
}
