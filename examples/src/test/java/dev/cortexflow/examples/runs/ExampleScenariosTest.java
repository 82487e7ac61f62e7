package dev.cortexflow.examples.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.engine.RunEngine;
import dev.cortexflow.engine.scenario.ScenarioFiles;
import dev.cortexflow.engine.scenario.ScenarioReader;
import dev.cortexflow.engine.scenario.ScenarioResult;
import dev.cortexflow.engine.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario file under {@code examples/scenarios/} passes, on one engine. */
class ExampleScenariosTest {
  private static final ScenarioRunner RUNNER = new ScenarioRunner(RunEngine.create());

  static Stream<Path> scenarios() {
    List<Path> files = ScenarioFiles.expand(List.of(Path.of("scenarios")));
    assertThat(files).hasSizeGreaterThanOrEqualTo(11);
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void passes(Path file) {
    ScenarioResult result = RUNNER.run(ScenarioReader.read(file));

    assertThat(result.failures()).as("%s (run: %s, blocks %s)", file, result.run().status(), result.run().executed())
        .isEmpty();
  }
}
