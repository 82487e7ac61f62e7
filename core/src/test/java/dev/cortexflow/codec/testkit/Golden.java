package dev.cortexflow.codec.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Byte-for-byte golden file comparison. With {@code -Dgolden.update=true}, and only when the environment variable
 * {@code CI} is not set, a differing or missing golden file is rewritten and the test fails, asking for a re-run.
 */
public final class Golden {
  private Golden() {}

  /** Whether goldens may be rewritten in this run. */
  public static boolean updating() {
    return Boolean.getBoolean("golden.update") && System.getenv("CI") == null;
  }

  /** Compares {@code actual} with the file, rewriting it when allowed. */
  public static void assertMatches(Path golden, String actual) {
    try {
      String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
      if (actual.equals(expected)) {
        return;
      }
      if (updating()) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        fail("golden file " + golden + " rewritten; review the change and re-run without -Dgolden.update");
      }
      assertThat(expected).as("golden file %s is missing; run with -Dgolden.update=true", golden).isNotNull();
      assertThat(actual).as("differs from golden file %s (run with -Dgolden.update=true to rewrite it)", golden)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
