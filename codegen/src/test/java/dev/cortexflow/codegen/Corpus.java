package dev.cortexflow.codegen;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real descriptors, read from where surefire says it is; tests skip when it is absent. */
final class Corpus {

  private Corpus() {}

  /** Every descriptor file of the corpus, sorted; skips the calling test when the corpus is absent. */
  static List<Path> files() {
    String shared = System.getProperty("cortexflow.shared");
    Path corpus = shared == null ? null : Path.of(shared, "corpus");
    assumeTrue(corpus != null && Files.isDirectory(corpus),
        "corpus of real descriptors not found at '" + corpus + "' (system property cortexflow.shared); skipped");
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")
              || f.toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
