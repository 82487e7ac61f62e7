package dev.cortexflow.benchmarks;

import dev.cortexflow.codegen.ImportResult;
import dev.cortexflow.codegen.JavaSource;
import dev.cortexflow.codegen.WorkflowImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Importing every descriptor of the shared corpus into Java, and importing plus compiling the result with javac.
 * Reads the corpus from {@code -Dcortexflow.shared} (default {@code ../shared}, relative to the working
 * directory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmark {

  private List<Path> files;
  private Path out;
  private final WorkflowImporter importer = WorkflowImporter.builder().packageName("bench.imported").build();

  /** Lists the corpus files and makes a scratch folder for class files. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path corpus = Path.of(System.getProperty("cortexflow.shared", "../shared"), "corpus");
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no corpus at '" + corpus + "': set -Dcortexflow.shared");
    }
    out = Files.createTempDirectory("import-bench");
  }

  /** Removes the scratch folder. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Imports every corpus file. */
  @Benchmark
  public ImportResult importCorpus() {
    return importer.importPaths(files);
  }

  /** Imports every corpus file and compiles the generated sources in one javac run. */
  @Benchmark
  public boolean importAndCompileCorpus() {
    ImportResult result = importer.importPaths(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, null)) {
      List<JavaFileObject> units = result.sources().stream().map(ImportBenchmark::source).toList();
      boolean ok = javac.getTask(null, manager, diagnostics, List.of("--release", "17", "-proc:none",
          "-classpath", System.getProperty("java.class.path"), "-d", out.toString()), null, units).call();
      if (!ok) {
        throw new IllegalStateException(diagnostics.getDiagnostics().toString());
      }
      return ok;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject source(JavaSource source) {
    return new javax.tools.SimpleJavaFileObject(
        java.net.URI.create("string:///" + source.qualifiedName().replace('.', '/') + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source.text();
      }
    };
  }
}
