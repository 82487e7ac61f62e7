package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.Failures;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.Secrets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * What every command shares: {@code --quiet}, {@code --verbose}, and turning whatever it throws into one line on
 * stderr and an exit code.
 */
abstract class CliCommand implements Callable<Integer> {

  final CliContext context;
  final Secrets secrets = new Secrets();

  @Option(names = {"-q", "--quiet"}, description = "Print only results and errors.")
  boolean quiet;

  @Option(names = "--verbose", description = "Print details, and stack traces on errors.")
  boolean verbose;

  CliCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public final Integer call() {
    Output output = new Output(context, secrets, quiet, verbose);
    try {
      return execute(output);
    } catch (Exception failure) {
      return Failures.report(failure, output);
    }
  }

  /** Runs the command and returns its exit code. */
  abstract int execute(Output output) throws Exception;
}
