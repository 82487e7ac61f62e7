package dev.cortexflow.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The launcher rebuilds the jar when a source of any module the jar is built from changes, and only then. */
class LauncherSourcesTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern MODULES = Pattern.compile("(?m)^modules=\\(([^)]*)\\)$");
  private static final Pattern DEPENDENCY =
      Pattern.compile("<dependency>\\s*<groupId>dev\\.cortexflow</groupId>\\s*<artifactId>cortexflow-([a-z-]+)<");

  @Test
  void the_launcher_watches_exactly_the_modules_that_cli_is_built_from() throws IOException {
    Matcher listed = MODULES.matcher(Files.readString(ROOT.resolve("cortexflow"), UTF_8));
    assertThat(listed.find()).as("a modules=(...) line in the launcher").isTrue();

    assertThat(new TreeSet<>(List.of(listed.group(1).trim().split(" +")))).isEqualTo(modulesBuiltFor("cli"));
  }

  @Test
  void the_modules_of_cli_include_those_it_reaches_only_through_others() throws IOException {
    assertThat(modulesBuiltFor("cli")).contains("core", "engine", "testing", "cloudflare-workflows");
  }

  // what `mvn -pl MODULE -am` builds: the module and every module its poms depend on, in any scope
  private static Set<String> modulesBuiltFor(String module) throws IOException {
    Set<String> seen = new TreeSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(module));
    while (!pending.isEmpty()) {
      String next = pending.pop();
      if (seen.add(next)) {
        Matcher dependency = DEPENDENCY.matcher(Files.readString(ROOT.resolve(next).resolve("pom.xml"), UTF_8));
        while (dependency.find()) {
          pending.push(dependency.group(1));
        }
      }
    }
    return seen;
  }
}
