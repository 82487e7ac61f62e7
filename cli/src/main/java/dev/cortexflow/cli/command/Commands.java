package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.ExitCodes;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the {@code cortexflow} command line: the root command, every sub-command, and the usage-error handling. */
public final class Commands {

  private Commands() {}

  /** The registered sub-commands, in the order {@code --help} lists them. */
  static List<Function<CliContext, Object>> subcommands() {
    return List.of(
        RenderCommand::new,
        ValidateCommand::new,
        FmtCommand::new,
        GraphCommand::new,
        ImportCommand::new,
        DiffCommand::new,
        PushCommand::new,
        PullCommand::new,
        RunCommand::new,
        SandboxCommand::new,
        DemoCommand::new,
        CompletionCommand::new);
  }

  /** A ready-to-execute command line whose commands read and write through {@code context}. */
  public static CommandLine commandLine(CliContext context) {
    CommandLine root = new CommandLine(new RootCommand(), CommandLine.defaultFactory());
    for (Function<CliContext, Object> create : subcommands()) {
      root.addSubcommand(create.apply(context));
    }
    root.setOut(context.out());
    root.setErr(context.err());
    root.setCaseInsensitiveEnumValuesAllowed(true);
    root.setParameterExceptionHandler(Commands::usageError);
    return root;
  }

  private static int usageError(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    String message = failure.getMessage().startsWith("Error: ")
        ? failure.getMessage().substring("Error: ".length())
        : failure.getMessage();
    if (failure instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      message += " (did you mean '" + unmatched.getSuggestions().get(0) + "'?)";
    }
    command.getErr().print("error: " + message + "; see '" + command.getCommandSpec().qualifiedName() + " --help'\n");
    command.getErr().flush();
    return ExitCodes.USAGE;
  }
}
