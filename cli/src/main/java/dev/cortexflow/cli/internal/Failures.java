package dev.cortexflow.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * Turns any exception that escapes a command into one line on stderr and an exit code. The stack trace is printed
 * only with {@code --verbose}.
 */
public final class Failures {

  private Failures() {}

  /** Prints {@code failure} as one line and returns the exit code it stands for. */
  public static int report(Throwable failure, Output output) {
    CliException known = translate(failure);
    output.error("error: " + known.getMessage());
    output.stackTrace(failure);
    return known.exitCode();
  }

  static CliException translate(Throwable failure) {
    if (failure instanceof CliException cli) {
      return cli;
    }
    // Checked by name so that commands which never talk to a server never load the client's classes.
    if (failure.getClass().getName().startsWith("dev.cortexflow.client.")) {
      Optional<CliException> api = ApiFailures.translate(failure);
      if (api.isPresent()) {
        return api.get();
      }
    }
    if (failure instanceof UncheckedIOException unchecked) {
      return CliException.usage(ioMessage(unchecked.getCause()));
    }
    if (failure instanceof IOException io) {
      return CliException.usage(ioMessage(io));
    }
    return CliException.failure("unexpected " + failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage()))
        + " (run again with --verbose for the stack trace)");
  }

  /** A one-line description of an I/O failure naming the file. */
  public static String ioMessage(IOException failure) {
    if (failure instanceof NoSuchFileException missing) {
      return "cannot read '" + missing.getFile() + "': no such file or directory";
    }
    if (failure instanceof AccessDeniedException denied) {
      return "cannot read '" + denied.getFile() + "': permission denied";
    }
    return fileInTheWay(failure).orElse("i/o error: " + firstLine(String.valueOf(failure.getMessage())));
  }

  /** The message for a folder that cannot be created because a file has its name or a parent's, if that is it. */
  public static Optional<String> fileInTheWay(IOException failure) {
    boolean inTheWay = failure instanceof FileAlreadyExistsException
        || failure instanceof FileSystemException fs && "Not a directory".equals(fs.getReason());
    return inTheWay
        ? Optional.of("a file is in the way of folder '" + ((FileSystemException) failure).getFile()
            + "': give another folder or remove the file")
        : Optional.empty();
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
