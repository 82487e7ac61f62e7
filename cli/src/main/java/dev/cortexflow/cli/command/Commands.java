package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.TerminalText;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the {@code cortexflow} command line: the root command, every sub-command, and the usage-error handling. */
public final class Commands {

  private Commands() {}

  /** The sub-command names, in the order {@code --help} lists them. */
  private static final List<String> NAMES = List.of("render", "validate", "fmt", "graph", "import", "diff", "push",
      "pull", "run", "test", "sandbox", "demo", "completion");

  // a switch rather than a map of constructor references: each reference would link a lambda class at start
  private static Object create(String name, CliContext context) {
    return switch (name) {
      case "render" -> new RenderCommand(context);
      case "validate" -> new ValidateCommand(context);
      case "fmt" -> new FmtCommand(context);
      case "graph" -> new GraphCommand(context);
      case "import" -> new ImportCommand(context);
      case "diff" -> new DiffCommand(context);
      case "push" -> new PushCommand(context);
      case "pull" -> new PullCommand(context);
      case "run" -> new RunCommand(context);
      case "test" -> new TestCommand(context);
      case "sandbox" -> new SandboxCommand(context);
      case "demo" -> new DemoCommand(context);
      case "completion" -> new CompletionCommand(context);
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  /** A ready-to-execute command line with every sub-command, reading and writing through {@code context}. */
  public static CommandLine commandLine(CliContext context) {
    return commandLine(context, NAMES);
  }

  /**
   * A command line for running {@code args}: when they start with a command name, only that command is built, so
   * that start-up does not pay for analysing the others; otherwise (help, typos, completion) all of them.
   */
  public static CommandLine commandLineFor(CliContext context, String... args) {
    if (args.length > 0 && NAMES.contains(args[0]) && !args[0].equals("completion")) {
      return commandLine(context, List.of(args[0]));
    }
    return commandLine(context);
  }

  private static CommandLine commandLine(CliContext context, List<String> names) {
    CommandLine root = new CommandLine(new RootCommand(), CommandLine.defaultFactory());
    // one table of exit codes, at the foot of every --help
    String[] footer = ExitCodes.helpFooter();
    root.getCommandSpec().usageMessage().footer(footer);
    for (String name : names) {
      root.addSubcommand(name, create(name, context));
      root.getSubcommands().get(name).getCommandSpec().usageMessage().footer(footer);
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
    command.getErr().print(TerminalText.escape("error: " + message + "; see '"
        + command.getCommandSpec().qualifiedName() + " --help'") + "\n");
    command.getErr().flush();
    return ExitCodes.USAGE;
  }
}
