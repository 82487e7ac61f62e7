package dev.cortexflow.architecture.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} snippet of README.md and every {@code <pre class="compilable">} example of public Javadoc
 * compiles against this version of every module, so documentation cannot drift from the API.
 */
class DocumentationCompilesTest {

  private static final Pattern JAVADOC_EXAMPLE =
      Pattern.compile("<pre class=\"compilable\">\\{@code\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);

  private static Path root() {
    String root = System.getProperty("cortexflow.root");
    assertThat(root).as("system property 'cortexflow.root' (set by surefire)").isNotNull();
    return Path.of(root);
  }

  @Test
  void every_java_snippet_of_the_readme_compiles(@TempDir Path out) throws IOException {
    List<Snippet> snippets = readmeSnippets(root().resolve("README.md"));

    assertThat(snippets).hasSizeGreaterThan(10);
    assertThat(SnippetCompiler.compile(snippets, out)).isEmpty();
  }

  @Test
  void every_compilable_javadoc_example_compiles(@TempDir Path out) throws IOException {
    List<Snippet> snippets = javadocExamples(root());

    assertThat(snippets).extracting(Snippet::origin).anyMatch(o -> o.startsWith("dsl/src/main/java/dev/cortexflow/Workflows.java"));
    assertThat(SnippetCompiler.compile(snippets, out)).isEmpty();
  }

  @Test
  void a_snippet_that_calls_a_method_that_does_not_exist_is_reported_with_its_origin(@TempDir Path out) {
    List<String> errors = SnippetCompiler.compile(List.of(new Snippet("README.md:7",
        "Workflow wf = Workflows.workflow(\"a\", \"A\").global()\n"
            + "    .startWith(userInput(\"f\", \"F\").field(text(\"v\", \"V\"))).build();\n"
            + "userInput(\"g\", \"G\").fields(http(\"x\"));")), out);

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("README.md:7, snippet line 3: cannot find symbol");
  }

  static List<Snippet> readmeSnippets(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals("```java")) {
        int start = i + 1;
        StringBuilder text = new StringBuilder();
        for (i = start; !lines.get(i).equals("```"); i++) {
          text.append(lines.get(i)).append('\n');
        }
        snippets.add(new Snippet("README.md:" + (start + 1), text.toString()));
      }
    }
    return snippets;
  }

  static List<Snippet> javadocExamples(Path root) throws IOException {
    List<Snippet> snippets = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> root.relativize(p).toString().replace('\\', '/').matches("[^/]+/src/main/java/.*"))
          .sorted().toList();
    }
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      Matcher m = JAVADOC_EXAMPLE.matcher(text);
      while (m.find()) {
        int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
        String code = m.group(1).replaceAll("(?m)^\\s*\\* ?", "");
        snippets.add(new Snippet(root.relativize(source).toString().replace('\\', '/') + ":" + line, code));
      }
    }
    return snippets;
  }

  /** A piece of documented Java and where it is written ({@code README.md:282}). */
  record Snippet(String origin, String code) {}
}
