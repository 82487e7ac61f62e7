package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.TerminalText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the {@code cortexflow} command line: the root command, every sub-command, and the usage-error handling. */
public final class Commands {

  private Commands() {}

  /** The registered sub-commands by name, in the order {@code --help} lists them. */
  static Map<String, Function<CliContext, Object>> subcommands() {
    Map<String, Function<CliContext, Object>> commands = new LinkedHashMap<>();
    commands.put("render", RenderCommand::new);
    commands.put("validate", ValidateCommand::new);
    commands.put("fmt", FmtCommand::new);
    commands.put("graph", GraphCommand::new);
    commands.put("import", ImportCommand::new);
    commands.put("diff", DiffCommand::new);
    commands.put("push", PushCommand::new);
    commands.put("pull", PullCommand::new);
    commands.put("run", RunCommand::new);
    commands.put("test", TestCommand::new);
    commands.put("sandbox", SandboxCommand::new);
    commands.put("demo", DemoCommand::new);
    commands.put("completion", CompletionCommand::new);
    return commands;
  }

  /** A ready-to-execute command line with every sub-command, reading and writing through {@code context}. */
  public static CommandLine commandLine(CliContext context) {
    return commandLine(context, subcommands().keySet());
  }

  /**
   * A command line for running {@code args}: when they start with a command name, only that command is built, so
   * that start-up does not pay for analysing the others; otherwise (help, typos, completion) all of them.
   */
  public static CommandLine commandLineFor(CliContext context, String... args) {
    if (args.length > 0 && subcommands().containsKey(args[0]) && !args[0].equals("completion")) {
      return commandLine(context, Set.of(args[0]));
    }
    return commandLine(context);
  }

  private static CommandLine commandLine(CliContext context, Set<String> names) {
    CommandLine root = new CommandLine(new RootCommand(), CommandLine.defaultFactory());
    subcommands().forEach((name, create) -> {
      if (names.contains(name)) {
        root.addSubcommand(name, create.apply(context));
      }
    });
    // one table of exit codes, at the foot of every --help
    root.getCommandSpec().usageMessage().footer(ExitCodes.helpFooter());
    root.getSubcommands().values()
        .forEach(sub -> sub.getCommandSpec().usageMessage().footer(ExitCodes.helpFooter()));
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
