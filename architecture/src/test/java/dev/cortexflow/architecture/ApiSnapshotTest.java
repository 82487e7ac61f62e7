package dev.cortexflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public surface of every module ({@link ApiSurface}) is the one recorded in {@code api/<module>.txt}, so an
 * API change is a deliberate, reviewed edit of that file. {@code -Dapi.update=true} (never when {@code CI} is set)
 * rewrites the files and fails, so that the change is reviewed before the build passes again.
 */
class ApiSnapshotTest {

  private static final String UPDATE = "mvn -B -o -pl architecture -am test -Dtest=ApiSnapshotTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true";

  @ParameterizedTest(name = "api/{0}.txt is the public surface of {0}")
  @ValueSource(strings = {"core", "dsl", "engine", "client", "cloudflare-workflows", "withcortex-workflows", "sandbox",
      "codegen", "examples", "testing", "cli", "maven-plugin"})
  void every_module_has_the_public_surface_recorded_in_its_api_file(String module) throws IOException {
    Path root = Path.of(System.getProperty("cortexflow.root", ".."));
    Path classes = root.resolve(module).resolve("target/classes");
    assertThat(classes).as("the compiled classes of %s", module).isDirectory();
    List<String> now = ApiSurface.of(new ClassFileImporter().importPath(classes));
    Path snapshot = root.resolve("api").resolve(module + ".txt");

    if (Boolean.getBoolean("api.update") && System.getenv("CI") == null) {
      Files.createDirectories(snapshot.getParent());
      Files.writeString(snapshot, String.join("\n", now) + "\n", StandardCharsets.UTF_8);
      fail("api/" + module + ".txt rewritten; review the change and re-run without -Dapi.update");
    }
    assertThat(snapshot).as("api/%s.txt is missing; to write it: %s", module, UPDATE).exists();
    String changes = diff(Files.readAllLines(snapshot, StandardCharsets.UTF_8), now);
    if (!changes.isEmpty()) {
      fail("the public API of " + module + " differs from api/" + module + ".txt (- recorded, + now):\n" + changes
          + "If the change is deliberate, rewrite the file and commit it with the change: " + UPDATE);
    }
  }

  /** The lines only in {@code recorded} ({@code - }) and only in {@code now} ({@code + }), in sorted order. */
  static String diff(List<String> recorded, List<String> now) {
    TreeSet<String> all = new TreeSet<>(recorded);
    all.addAll(now);
    StringBuilder out = new StringBuilder();
    for (String line : all) {
      boolean before = recorded.contains(line);
      boolean after = now.contains(line);
      if (before != after) {
        out.append(before ? "- " : "+ ").append(line).append('\n');
      }
    }
    return out.toString();
  }
}
