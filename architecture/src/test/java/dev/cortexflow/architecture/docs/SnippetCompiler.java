package dev.cortexflow.architecture.docs;

import dev.cortexflow.architecture.docs.DocumentationCompilesTest.Snippet;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles documentation snippets with one shared preamble of imports. A snippet that declares top-level types is
 * compiled as a file of its own; one that starts with a modifier declares members of a class; any other is the
 * body of a method, one that starts with {@code .} continues the flow handle {@code flow}, and a last expression
 * without {@code ;} is a statement. The names snippets take from the text around them are those of
 * {@link Surroundings}.
 */
final class SnippetCompiler {

  static final String PREAMBLE = """
      import static dev.cortexflow.architecture.docs.Surroundings.*;
      import static dev.cortexflow.cloudflare.CloudflareBlocks.*;
      import static dev.cortexflow.dsl.Blocks.*;
      import static dev.cortexflow.dsl.Inputs.*;
      import static dev.cortexflow.expr.Expr.*;
      import static dev.cortexflow.testing.CortexflowAssertions.*;
      import static dev.cortexflow.withcortex.WithCortexBlocks.*;

      import dev.cortexflow.*;
      import dev.cortexflow.architecture.docs.Surroundings;
      import dev.cortexflow.cloudflare.*;
      import dev.cortexflow.codegen.*;
      import dev.cortexflow.dsl.*;
      import dev.cortexflow.engine.*;
      import dev.cortexflow.env.*;
      import dev.cortexflow.examples.*;
      import dev.cortexflow.expr.*;
      import dev.cortexflow.integrations.github.*;
      import dev.cortexflow.model.*;
      import dev.cortexflow.model.block.*;
      import dev.cortexflow.sandbox.*;
      import dev.cortexflow.testing.*;
      import dev.cortexflow.validate.*;
      import dev.cortexflow.withcortex.*;
      import dev.cortexflow.codec.*;
      import java.time.*;
      import java.util.*;
      import java.util.function.*;
      import org.assertj.core.api.Assertions;
      """;

  // single-type imports, left out where a snippet imports a type of the same simple name itself
  private static final List<String> PREAMBLE_TYPES =
      List.of("java.nio.file.Path", "org.junit.jupiter.api.Test", "dev.cortexflow.testing.WorkflowRun");

  private static final Pattern TYPE_DECLARATION =
      Pattern.compile("(?m)^(public )?(final |abstract )*(class|interface|record|enum) ");
  private static final Pattern MEMBER = Pattern.compile("^(public|protected|private|static|@[A-Z]\\w*)\\b");
  private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^public (final |abstract )*(class|interface|record|enum) ");

  private SnippetCompiler() {}

  /** Compiles the snippets into {@code out}; returns one line per error: origin, snippet line, message. */
  static List<String> compile(List<Snippet> snippets, Path out) {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      units.add(unit(snippets.get(i), i));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("--release", "17", "-proc:none", "-classpath", classPath(), "-d", out.toString());
    javac.getTask(null, null, diagnostics, options, null, units).call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        Unit unit = (Unit) d.getSource();
        long line = d.getLineNumber() - unit.firstLine + 1;
        errors.add(unit.origin + ", snippet line " + line + ": " + d.getMessage(Locale.ROOT).lines().findFirst()
            .orElse("") + " (" + unit.line(d.getLineNumber()).strip() + ")");
      }
    }
    return errors;
  }

  private static Unit unit(Snippet snippet, int index) {
    List<String> imports = new ArrayList<>();
    List<String> lines = new ArrayList<>(snippet.code().lines().toList());
    while (!lines.isEmpty() && (lines.get(0).startsWith("import ") || lines.get(0).isBlank())) {
      imports.add(lines.remove(0));
    }
    String code = String.join("\n", lines);
    String pkg = "snippet" + index;
    StringBuilder head = new StringBuilder("package " + pkg + ";\n").append(PREAMBLE);
    for (String type : PREAMBLE_TYPES) {
      String simpleName = type.substring(type.lastIndexOf('.') + 1);
      if (imports.stream().noneMatch(line -> line.matches("import [\\w.]+\\." + simpleName + ";"))) {
        head.append("import ").append(type).append(";\n");
      }
    }
    imports.forEach(line -> head.append(line).append('\n'));
    String before;
    String after;
    if (TYPE_DECLARATION.matcher(code).find()) {
      code = PUBLIC_TYPE.matcher(code).replaceAll(m -> m.group().substring("public ".length()));
      before = "";
      after = "\n";
    } else if (MEMBER.matcher(code).find()) {
      before = "class Members extends Surroundings {\n";
      after = "\n}\n";
    } else {
      String last = code.strip();
      boolean expression = !last.endsWith(";") && !last.endsWith("}");
      before = "class Body extends Surroundings {\n  void body() throws Exception {\n"
          + (code.startsWith(".") ? "flow\n" : "");
      after = (code.startsWith(".") || expression ? ";" : "") + "\n  }\n}\n";
    }
    String prefix = head + before;
    int firstLine = (int) prefix.chars().filter(c -> c == '\n').count() + 1;
    return new Unit(pkg, snippet.origin(), prefix + code + after, firstLine);
  }

  /** The test class path; surefire may hand it over in the manifest of a jar of its own. */
  private static String classPath() {
    String path = System.getProperty("java.class.path");
    String[] entries = path.split(File.pathSeparator);
    if (entries.length == 1 && entries[0].endsWith(".jar")) {
      try (JarFile jar = new JarFile(entries[0])) {
        Manifest manifest = jar.getManifest();
        String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
        if (classPath != null) {
          List<String> files = new ArrayList<>();
          for (String url : classPath.trim().split(" +")) {
            files.add(Path.of(URI.create(url)).toString());
          }
          return String.join(File.pathSeparator, files);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return path;
  }

  private static final class Unit extends SimpleJavaFileObject {
    final String origin;
    final String text;
    final int firstLine;

    Unit(String pkg, String origin, String text, int firstLine) {
      super(URI.create("string:///" + pkg + "/Snippet.java"), Kind.SOURCE);
      this.origin = origin;
      this.text = text;
      this.firstLine = firstLine;
    }

    String line(long number) {
      return text.lines().skip(Math.max(0, number - 1)).findFirst().orElse("");
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
