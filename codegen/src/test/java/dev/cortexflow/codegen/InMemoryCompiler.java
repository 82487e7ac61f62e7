package dev.cortexflow.codegen;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles generated sources in memory against the test classpath and loads the resulting classes. */
final class InMemoryCompiler {

  private InMemoryCompiler() {}

  /** Compiles the sources; fails the test with javac's errors when they do not compile. */
  static Compiled compile(List<JavaSource> sources) {
    JavaFileObject[] files = sources.stream()
        .map(s -> JavaFileObjects.forSourceString(s.qualifiedName(), s.text()))
        .toArray(JavaFileObject[]::new);
    Compilation compilation = javac().withOptions("--release", "17", "-Xlint:all", "-Werror").compile(files);
    assertThat(compilation.status())
        .as(() -> compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
            .map(Object::toString)
            .collect(Collectors.joining("\n")))
        .isEqualTo(Compilation.Status.SUCCESS);
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        classes.put(className(file), bytes(file));
      }
    }
    return new Compiled(classes);
  }

  /** The compiled classes, loadable by name. */
  static final class Compiled extends ClassLoader {
    private final Map<String, byte[]> classes;

    private Compiled(Map<String, byte[]> classes) {
      super(InMemoryCompiler.class.getClassLoader());
      this.classes = classes;
    }

    /** The binary names of every class javac wrote, sorted. */
    java.util.SortedSet<String> classNames() {
      return new java.util.TreeSet<>(classes.keySet());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }

  private static String className(JavaFileObject file) {
    String path = file.toUri().getPath();
    int start = path.indexOf("/CLASS_OUTPUT/");
    String relative = start >= 0 ? path.substring(start + "/CLASS_OUTPUT/".length()) : path.substring(1);
    return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
