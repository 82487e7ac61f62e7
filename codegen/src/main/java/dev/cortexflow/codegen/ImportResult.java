package dev.cortexflow.codegen;

import dev.cortexflow.codegen.internal.WorkflowClassWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an import produced: one Java source per workflow (plus nothing else), the warnings to show, and the
 * descriptors that could not be imported. Immutable and thread-safe.
 *
 * @param sources the generated sources, in input order
 * @param warnings the warnings, in input order
 * @param failures the descriptors that were skipped, in input order
 */
public record ImportResult(List<JavaSource> sources, List<ImportWarning> warnings, List<ImportFailure> failures) {

  /** The first line of every imported class: a file that starts with it is one an import wrote. */
  public static final String GENERATED_HEADER = "// " + WorkflowClassWriter.HEADER;

  /** Copies the lists. */
  public ImportResult {
    sources = List.copyOf(sources);
    warnings = List.copyOf(warnings);
    failures = List.copyOf(failures);
  }

  /**
   * The files {@link #writeTo(Path, boolean)} wrote, and those it left alone because an import had not written
   * them.
   *
   * @param written the files written, in source order
   * @param kept the existing files not replaced, in source order
   */
  public record Written(List<Path> written, List<Path> kept) {

    /** Copies both lists. */
    public Written {
      written = List.copyOf(written);
      kept = List.copyOf(kept);
    }
  }

  /**
   * Writes every source under a source root ({@code <outDir>/<package path>/<Class>.java}). An existing file is
   * replaced only when an import wrote it (it starts with {@link #GENERATED_HEADER}), or when {@code force} is
   * set; other files are left alone and listed in {@link Written#kept()}.
   *
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public Written writeTo(Path outDir, boolean force) {
    Objects.requireNonNull(outDir, "outDir");
    List<Path> written = new ArrayList<>();
    List<Path> kept = new ArrayList<>();
    for (JavaSource source : sources) {
      Path file = outDir.resolve(source.relativePath());
      if (!force && Files.exists(file) && !wasImported(file)) {
        kept.add(file);
      } else {
        written.add(source.writeTo(outDir));
      }
    }
    return new Written(written, kept);
  }

  /** Whether {@code file} starts with {@link #GENERATED_HEADER}, so an import wrote it. */
  public static boolean wasImported(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      return GENERATED_HEADER.equals(first);
    } catch (java.nio.charset.CharacterCodingException notText) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read '" + file + "': " + e.getMessage(), e);
    }
  }
}
