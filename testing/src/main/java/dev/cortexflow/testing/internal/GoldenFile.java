package dev.cortexflow.testing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Byte-exact comparison with a golden file under the project's one update policy: with
 * {@code -Dgolden.update=true}, and never when the environment variable {@code CI} is set, a differing or missing
 * golden file is rewritten and the comparison still fails, asking for a review and a re-run.
 */
public final class GoldenFile {

  private final boolean updating;

  /** A comparison that rewrites goldens when {@code updating} is true. */
  public GoldenFile(boolean updating) {
    this.updating = updating;
  }

  /** The policy of this run: {@code golden.update} system property set to true and {@code CI} unset. */
  public static GoldenFile fromEnvironment() {
    return new GoldenFile(Boolean.getBoolean("golden.update") && System.getenv("CI") == null);
  }

  /**
   * Compares {@code actual} with the file.
   *
   * @return empty when the file holds exactly {@code actual}, otherwise the failure message (after rewriting the
   *     file when this policy updates)
   */
  public Optional<String> check(Path golden, String actual) {
    Objects.requireNonNull(golden, "golden");
    Objects.requireNonNull(actual, "actual");
    try {
      String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
      if (actual.equals(expected)) {
        return Optional.empty();
      }
      if (updating) {
        Path parent = golden.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return Optional.of("golden file '" + golden + "' " + (expected == null ? "created" : "rewritten")
            + "; review the change and re-run without -Dgolden.update");
      }
      if (expected == null) {
        return Optional.of("golden file '" + golden + "' is missing; run with -Dgolden.update=true to create it");
      }
      return Optional.of("the YAML differs from golden file '" + golden + "' (- golden, + actual; run with"
          + " -Dgolden.update=true to rewrite it):\n" + LineDiff.diff(expected, actual));
    } catch (IOException e) {
      throw new UncheckedIOException("golden file '" + golden + "' cannot be read or written", e);
    }
  }
}
