package dev.cortexflow.cli;

import dev.cortexflow.cli.internal.CliContext;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process with captured output, like a user in {@code directory} would. */
final class CliRun {

  final int exitCode;
  final String out;
  final String err;

  private CliRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static CliContext context(Path directory) {
    return new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(),
        directory, false);
  }

  static Builder in(Path directory) {
    return new Builder(directory);
  }

  static final class Builder {
    private final Path directory;
    private final Map<String, String> environment = new HashMap<>();
    private boolean interactive;
    private String input = "";

    private Builder(Path directory) {
      this.directory = directory;
    }

    Builder env(String name, String value) {
      environment.put(name, value);
      return this;
    }

    Builder interactive() {
      interactive = true;
      return this;
    }

    /** What the person types on standard input. */
    Builder input(String typed) {
      input = typed;
      return this;
    }

    CliRun run(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CliContext context =
          new CliContext(new PrintWriter(out), new PrintWriter(err), environment, directory, interactive,
              new BufferedReader(new StringReader(input)));
      int code = Main.run(context, args);
      return new CliRun(code, out.toString(), err.toString());
    }
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
