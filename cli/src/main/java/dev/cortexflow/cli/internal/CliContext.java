package dev.cortexflow.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a command may take from the world around it: its two output streams, the environment variables, the
 * working directory and whether a person is watching. Tests build one with captured writers; {@link #system()} is the
 * real one.
 *
 * @param out where results go
 * @param err where errors go
 * @param environment environment variables (the API token and URL are read from here)
 * @param workingDirectory relative paths given on the command line resolve against it
 * @param interactive whether stdout is a terminal (progress then redraws one line instead of printing many)
 */
public record CliContext(
    PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory, boolean interactive) {

  /** Checks and copies the parts. */
  public CliContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    environment = Map.copyOf(environment);
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  /** The process's own streams, environment and directory. */
  public static CliContext system() {
    return new CliContext(
        writer(System.out),
        writer(System.err),
        System.getenv(),
        Path.of(""),
        System.console() != null);
  }

  /** An environment variable, when set and not blank. */
  public Optional<String> env(String name) {
    return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
  }

  /** A path from the command line, resolved against the working directory. */
  public Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
