package dev.cortexflow.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One generated Java compilation unit: its qualified name (such as {@code dev.cortexflow.integrations.github.CreateBranch},
 * or {@code com.acme.package-info}) and its complete text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param qualifiedName the qualified name of the top-level type, in dotted form
 * @param text the source text, UTF-8, {@code \n} line ends
 */
public record JavaSource(String qualifiedName, String text) {

  /** Checks that both parts are present. */
  public JavaSource {
    Objects.requireNonNull(qualifiedName, "qualifiedName");
    Objects.requireNonNull(text, "text");
  }

  /** The file path of this source relative to a source root, such as {@code dev/cortexflow/integrations/github/CreateBranch.java}. */
  public Path relativePath() {
    return Path.of(qualifiedName.replace('.', '/') + ".java");
  }

  /** The package name, empty for the default package. */
  public String packageName() {
    int dot = qualifiedName.lastIndexOf('.');
    return dot < 0 ? "" : qualifiedName.substring(0, dot);
  }

  /** The simple name of the top-level type. */
  public String simpleName() {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  /**
   * Writes this source under a source root, creating the package folders, and returns the written file.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public Path writeTo(Path sourceRoot) {
    Objects.requireNonNull(sourceRoot, "sourceRoot");
    Path file = sourceRoot.resolve(relativePath());
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write '" + file + "': " + e.getMessage(), e);
    }
    return file;
  }
}
