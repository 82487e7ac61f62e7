package dev.cortexflow.examples.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.env.Environment;
import dev.cortexflow.examples.Examples;
import dev.cortexflow.examples.environments.ApiDeploy;
import dev.cortexflow.examples.environments.ExampleEnvironments;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowYaml;
import dev.cortexflow.codec.WriteOptions;
import dev.cortexflow.codec.testkit.OpenApiCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example renders byte for byte as its golden YAML in {@code src/test/resources/golden/<tag>.yaml}, reads
 * back to the same model, and passes the OpenAPI subset strictly. With {@code -Dgolden.update=true}, and never when
 * the environment variable {@code CI} is set, differing goldens are rewritten and the test fails asking for a
 * re-run.
 */
class GoldenYamlTest {

  @TestFactory
  Stream<DynamicTest> every_example_matches_its_golden_yaml() {
    String root = System.getProperty("cortexflow.root");
    Assumptions.assumeTrue(root != null, "skipped: cortexflow.root is not set");
    Path goldens = Path.of(root, "examples", "src", "test", "resources", "golden");
    List<DynamicTest> tests = new ArrayList<>();
    for (WorkflowSource source : Examples.all()) {
      for (Workflow workflow : source.workflows()) {
        tests.add(DynamicTest.dynamicTest(workflow.tag(), () -> {
          String yaml = WorkflowYaml.write(workflow, WriteOptions.generatedFrom(source.getClass().getName()));
          assertMatches(goldens.resolve(workflow.tag() + ".yaml"), yaml);
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> the_environment_aware_example_matches_its_golden_yaml_in_every_environment() {
    String root = System.getProperty("cortexflow.root");
    Assumptions.assumeTrue(root != null, "skipped: cortexflow.root is not set");
    Path goldens = Path.of(root, "examples", "src", "test", "resources", "golden", "environments");
    WorkflowSource source = new ApiDeploy();
    List<DynamicTest> tests = new ArrayList<>();
    for (Environment environment : new ExampleEnvironments().environments()) {
      for (Workflow workflow : source.workflows(environment)) {
        tests.add(DynamicTest.dynamicTest(environment.name() + "/" + workflow.tag(), () -> {
          String yaml = WorkflowYaml.write(workflow,
              WriteOptions.generatedFrom(source.getClass().getName(), environment.name()));
          assertMatches(goldens.resolve(environment.name()).resolve(workflow.tag() + ".yaml"), yaml);
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> every_example_reads_back_unchanged_and_passes_the_openapi_schema_strictly() {
    String shared = System.getProperty("cortexflow.shared");
    Path spec = shared == null ? null : Path.of(shared, "spec", "cortex-openapi-subset.json");
    Assumptions.assumeTrue(spec != null && Files.exists(spec), "skipped: the OpenAPI subset is absent ("
        + spec + ")");
    OpenApiCheck openApi = OpenApiCheck.load(spec);
    return Examples.workflows().stream().map(workflow -> DynamicTest.dynamicTest(workflow.tag(), () -> {
      String yaml = WorkflowYaml.write(workflow);
      ReadResult back = WorkflowYaml.read(yaml);

      assertThat(back.violations()).isEmpty();
      assertThat(back.workflow()).isEqualTo(workflow);
      assertThat(openApi.errors(yaml)).isEmpty();
    }));
  }

  private static void assertMatches(Path golden, String actual) throws IOException {
    String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
    if (actual.equals(expected)) {
      return;
    }
    if (Boolean.getBoolean("golden.update") && System.getenv("CI") == null) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      throw new AssertionError("golden file " + golden + " rewritten; review the change and re-run without "
          + "-Dgolden.update");
    }
    assertThat(expected).as("golden file %s is missing; run with -Dgolden.update=true", golden).isNotNull();
    assertThat(actual).as("differs from golden file %s (run with -Dgolden.update=true to rewrite it)", golden)
        .isEqualTo(expected);
  }
}
