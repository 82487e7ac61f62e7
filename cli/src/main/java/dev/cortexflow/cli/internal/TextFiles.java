package dev.cortexflow.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes text files atomically (a temporary file beside the target, then a move), so a crash leaves no half file. */
public final class TextFiles {

  private TextFiles() {}

  /** Writes {@code text} as UTF-8 to {@code file}; a failure is a usage error naming {@code displayName}. */
  public static void write(Path file, String text, String displayName) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
      try {
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw CliException.usage(Failures.fileInTheWay(e)
          .orElse("cannot write '" + displayName + "': " + e.getMessage()), e);
    }
  }
}
