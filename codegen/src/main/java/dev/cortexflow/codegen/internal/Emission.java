package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What one generated class collects while its code is written: literals, static imports and the catalogue. */
final class Emission {

  private final Literals literals = new Literals();
  private final Set<List<String>> staticImports = new LinkedHashSet<>();
  private final Optional<Catalogue> catalogue;
  private final Set<String> readHandles = new LinkedHashSet<>();

  Emission(Optional<Catalogue> catalogue) {
    this.catalogue = catalogue;
  }

  Literals literals() {
    return literals;
  }

  ModelEmitter model() {
    return new ModelEmitter(literals);
  }

  /** The catalogue of bindings, when the importer uses them. */
  Optional<Catalogue> catalogue() {
    return catalogue;
  }

  void staticImport(ClassName type, String member) {
    staticImports.add(List.of(type.canonicalName(), member));
  }

  /** Records that the code reads the outputs of a block through its handle variable. */
  void readHandle(String slug) {
    readHandles.add(slug);
  }

  /** Slugs of the blocks whose handle variables the code reads. */
  Set<String> readHandles() {
    return Set.copyOf(readHandles);
  }

  /** The static imports to add, as (class, member) pairs, in first-use order. */
  List<List<String>> staticImports() {
    return new ArrayList<>(staticImports);
  }
}
