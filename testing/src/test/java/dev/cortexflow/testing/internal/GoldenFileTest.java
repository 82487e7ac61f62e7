package dev.cortexflow.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenFileTest {

  @Test
  void an_equal_file_passes_and_is_left_alone(@TempDir Path dir) throws IOException {
    Path golden = Files.writeString(dir.resolve("g.yaml"), "a: 1\n");

    assertThat(new GoldenFile(true).check(golden, "a: 1\n")).isEmpty();
    assertThat(golden).hasContent("a: 1");
  }

  @Test
  void updating_rewrites_a_differing_file_and_still_fails(@TempDir Path dir) throws IOException {
    Path golden = Files.writeString(dir.resolve("g.yaml"), "a: 1\n");

    assertThat(new GoldenFile(true).check(golden, "a: 2\n"))
        .contains("golden file '" + golden + "' rewritten; review the change and re-run without -Dgolden.update");
    assertThat(Files.readString(golden)).isEqualTo("a: 2\n");
    assertThat(new GoldenFile(true).check(golden, "a: 2\n")).isEmpty();
  }

  @Test
  void updating_creates_a_missing_file_and_its_folders(@TempDir Path dir) throws IOException {
    Path golden = dir.resolve("nested/g.yaml");

    assertThat(new GoldenFile(true).check(golden, "a: 1\n"))
        .contains("golden file '" + golden + "' created; review the change and re-run without -Dgolden.update");
    assertThat(Files.readString(golden)).isEqualTo("a: 1\n");
  }

  @Test
  void without_updating_the_file_is_never_written(@TempDir Path dir) throws IOException {
    Path golden = Files.writeString(dir.resolve("g.yaml"), "a: 1\n");

    assertThat(new GoldenFile(false).check(golden, "a: 2\n")).contains("the YAML differs from golden file '" + golden
        + "' (- golden, + actual; run with -Dgolden.update=true to rewrite it):\n@@ -1,2 +1,2 @@\n- a: 1\n+ a: 2");
    assertThat(Files.readString(golden)).isEqualTo("a: 1\n");
  }
}
