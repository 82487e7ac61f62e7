package dev.cortexflow.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Byte-for-byte comparison of generated files with committed ones. With {@code -Dgolden.update=true} (and
 * environment variable {@code CI} unset) the committed files are rewritten and the test fails, so that a run
 * never passes while changing files.
 */
final class Golden {

  private Golden() {}

  static boolean updating() {
    return Boolean.getBoolean("golden.update") && System.getenv("CI") == null;
  }

  /** The repository root, from the system property surefire sets. */
  static Path repositoryRoot() {
    String root = System.getProperty("cortexflow.root");
    assertThat(root).as("system property 'cortexflow.root' (set by surefire)").isNotNull();
    return Path.of(root);
  }

  /**
   * Compares {@code expected} (relative path to text) with the files under {@code dir} whose names end with
   * {@code fileSuffix}.
   */
  static void assertMatches(Map<String, String> expected, Path dir, String fileSuffix, String howToUpdate) {
    Map<String, String> committed = read(dir, fileSuffix);
    if (committed.equals(expected)) {
      return;
    }
    if (updating()) {
      rewrite(expected, committed, dir);
      fail("rewrote golden files under '" + dir + "'; run again without -Dgolden.update=true");
    }
    List<String> problems = new ArrayList<>();
    expected.forEach((path, text) -> {
      if (!committed.containsKey(path)) {
        problems.add("missing: " + path);
      } else if (!committed.get(path).equals(text)) {
        problems.add("differs: " + path);
      }
    });
    committed.keySet().stream().filter(p -> !expected.containsKey(p)).forEach(p -> problems.add("stale: " + p));
    fail("committed files under '" + dir + "' are out of date (" + String.join(", ", problems) + "); "
        + howToUpdate);
  }

  private static Map<String, String> read(Path dir, String suffix) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(f -> f.toString().endsWith(suffix)).toList()) {
        files.put(dir.relativize(file).toString().replace('\\', '/'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void rewrite(Map<String, String> expected, Map<String, String> committed, Path dir) {
    try {
      for (String stale : committed.keySet()) {
        if (!expected.containsKey(stale)) {
          Files.delete(dir.resolve(stale));
        }
      }
      for (Map.Entry<String, String> e : expected.entrySet()) {
        Path file = dir.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
