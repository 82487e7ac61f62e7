package dev.cortexflow.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an import produced: one Java source per workflow (plus nothing else), and the warnings to show.
 * Immutable and thread-safe.
 *
 * @param sources the generated sources, in input order
 * @param warnings the warnings, in input order
 */
public record ImportResult(List<JavaSource> sources, List<ImportWarning> warnings) {

  /** Copies both lists. */
  public ImportResult {
    sources = List.copyOf(sources);
    warnings = List.copyOf(warnings);
  }

  /**
   * Writes every source under a source root ({@code <outDir>/<package path>/<Class>.java}), replacing files of the
   * same name, and returns the written files in order.
   *
   * @throws java.io.UncheckedIOException when a file cannot be written
   */
  public List<Path> writeTo(Path outDir) {
    Objects.requireNonNull(outDir, "outDir");
    List<Path> written = new ArrayList<>();
    sources.forEach(source -> written.add(source.writeTo(outDir)));
    return List.copyOf(written);
  }
}
