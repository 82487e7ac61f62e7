package dev.cortexflow.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes text files atomically (a temporary file beside the target, then a move), so a crash leaves no half file. A
 * file that is replaced keeps its permissions; a new one gets the permissions the user's umask gives.
 */
public final class TextFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TextFiles() {}

  /**
   * Writes {@code text} as UTF-8 to {@code file}; a symbolic link in its place is replaced by a regular file, so that
   * nothing is ever written outside the file's folder. A failure is a usage error naming {@code displayName}.
   */
  public static void write(Path file, String text, String displayName) {
    try {
      replace(file, text);
    } catch (IOException e) {
      throw failure(e, displayName);
    }
  }

  /**
   * Rewrites {@code file}, an existing file the user named, with {@code text}: through a symbolic link to the file it
   * points to (the link stays a link), keeping that file's permissions. A failure is a usage error naming
   * {@code displayName}.
   */
  public static void rewrite(Path file, String text, String displayName) {
    try {
      replace(Files.isSymbolicLink(file) ? file.toRealPath() : file, text);
    } catch (IOException e) {
      throw failure(e, displayName);
    }
  }

  private static void replace(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = newTemporary(parent, file.getFileName().toString());
    try {
      keepPermissions(file, temporary);
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  // Files.createTempFile would make it 600; createFile gives what the umask allows, like any new file.
  private static Path newTemporary(Path folder, String name) throws IOException {
    while (true) {
      byte[] suffix = new byte[6];
      RANDOM.nextBytes(suffix);
      try {
        return Files.createFile(folder.resolve("." + name + "." + HexFormat.of().formatHex(suffix) + ".tmp"));
      } catch (FileAlreadyExistsException taken) {
        // another name
      }
    }
  }

  private static void keepPermissions(Path file, Path temporary) throws IOException {
    PosixFileAttributeView existing =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (existing != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      Files.getFileAttributeView(temporary, PosixFileAttributeView.class)
          .setPermissions(existing.readAttributes().permissions());
    }
  }

  private static CliException failure(IOException e, String displayName) {
    return CliException.usage(Failures.fileInTheWay(e).orElse("cannot write '" + displayName + "': "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())), e);
  }
}
