package dev.cortexflow.cli.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
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
 * @param interactive whether a person is at a terminal (progress then redraws one line instead of printing many,
 *     and a command may ask a question on {@code in})
 * @param in where answers to questions are read from (standard input)
 */
public record CliContext(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory,
    boolean interactive, BufferedReader in) {

  /** Checks and copies the parts. */
  public CliContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(in, "in");
    environment = Map.copyOf(environment);
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  /** A context whose standard input is empty. */
  public CliContext(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory,
      boolean interactive) {
    this(out, err, environment, workingDirectory, interactive, new BufferedReader(new StringReader("")));
  }

  /** The process's own streams, environment and directory. */
  public static CliContext system() {
    return new CliContext(
        writer(System.out),
        writer(System.err),
        System.getenv(),
        Path.of(""),
        System.console() != null,
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
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
