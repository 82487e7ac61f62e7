package dev.cortexflow.codegen;

import dev.cortexflow.codegen.internal.BindingEmitter;
import dev.cortexflow.codegen.internal.Catalogue;
import dev.cortexflow.codegen.internal.CatalogueAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Generates the typed integration bindings ({@code dev.cortexflow.integrations.<namespace>.<Operation>}) from the
 * action catalogue {@code integrations.yaml}: one class per {@code actionIdentifier}, plus a
 * {@code package-info.java} per namespace.
 *
 * <p>The output is committed under {@code dsl/src/generated/java}. To regenerate it after editing the catalogue,
 * run from the repository root:
 *
 * <pre>{@code
 * mvn -B -q -pl codegen -am test -Dtest=GeneratedBindingsTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * }</pre>
 *
 * <p>or call {@link #main(String[])} with the output folder. Output is deterministic: the same catalogue always
 * gives the same bytes.
 */
public final class BindingGenerator {

  /** Where the generated bindings are committed, relative to the repository root. */
  public static final String OUTPUT_FOLDER = "dsl/src/generated/java";

  private final Catalogue catalogue;

  private BindingGenerator(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Returns a generator for the catalogue bundled with this module. */
  public static BindingGenerator bundled() {
    return new BindingGenerator(Catalogue.bundled());
  }

  /**
   * Returns a generator for a catalogue file.
   *
   * @throws CodegenException when the file is not a valid catalogue
   * @throws UncheckedIOException when the file cannot be read
   */
  public static BindingGenerator fromCatalogue(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return new BindingGenerator(Catalogue.read(in, file.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read '" + file + "': " + e.getMessage(), e);
    }
  }

  /** Returns every generated source, sorted by qualified name. */
  public List<JavaSource> generate() {
    BindingEmitter emitter = new BindingEmitter(catalogue);
    List<JavaSource> sources = new ArrayList<>();
    Set<String> namespaces = new LinkedHashSet<>();
    for (CatalogueAction action : catalogue.actions()) {
      sources.add(emitter.emit(action));
      namespaces.add(action.namespace());
    }
    namespaces.forEach(ns -> sources.add(emitter.emitPackageInfo(ns)));
    sources.sort(Comparator.comparing(JavaSource::qualifiedName));
    return List.copyOf(sources);
  }

  /**
   * Generates into a source root, replacing the sub-packages of {@code dev.cortexflow.integrations} there (files no
   * longer generated are deleted), and returns the written files.
   */
  public List<Path> writeTo(Path sourceRoot) {
    Objects.requireNonNull(sourceRoot, "sourceRoot");
    Path base = sourceRoot.resolve(BindingEmitter.BASE_PACKAGE.replace('.', '/'));
    deleteGenerated(base);
    List<Path> written = new ArrayList<>();
    generate().forEach(source -> written.add(source.writeTo(sourceRoot)));
    return written;
  }

  /**
   * Regenerates the bindings: {@code args[0]} is the output source root, by default {@value #OUTPUT_FOLDER} under
   * the working directory.
   */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : OUTPUT_FOLDER);
    List<Path> written = bundled().writeTo(out);
    System.out.println("wrote " + written.size() + " files under " + out);
  }

  private static void deleteGenerated(Path base) {
    if (!Files.isDirectory(base)) {
      return;
    }
    try (var files = Files.walk(base)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        if (!file.equals(base)) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear '" + base + "': " + e.getMessage(), e);
    }
  }
}
