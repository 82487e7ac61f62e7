package dev.cortexflow.codec.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Locates the shared test data (corpus, OpenAPI subset) through the {@code cortexflow.shared} system property. */
public final class SharedFiles {
  private SharedFiles() {}

  /** The shared folder, if the property is set and the folder exists. */
  public static Optional<Path> shared() {
    String dir = System.getProperty("cortexflow.shared");
    if (dir == null) {
      return Optional.empty();
    }
    Path path = Path.of(dir);
    return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
  }

  /** A file under the shared folder; skips the calling test with a clear message when it is absent. */
  public static Path require(String relative) {
    Optional<Path> base = shared();
    Assumptions.assumeTrue(base.isPresent(), "skipped: shared test data not found (system property "
        + "cortexflow.shared = " + System.getProperty("cortexflow.shared") + ")");
    Path file = base.get().resolve(relative);
    Assumptions.assumeTrue(Files.exists(file), "skipped: " + file + " is absent");
    return file;
  }

  /** Every .yaml/.yml/.json descriptor under the corpus, sorted; skips the test when the corpus is absent. */
  public static List<Path> corpus() {
    Path root = require("corpus");
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")
              || p.toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The OpenAPI subset; skips the test when it is absent. */
  public static Path openApi() {
    return require("spec/cortex-openapi-subset.json");
  }
}
