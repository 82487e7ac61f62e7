package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.VersionProvider;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cortexflow completion}: prints a bash/zsh completion script generated from the command model. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Print a bash/zsh completion script.",
        "Use: source <(cortexflow completion)"
    })
final class CompletionCommand extends CliCommand {

  @Spec
  CommandSpec spec;

  CompletionCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) {
    output.raw(AutoComplete.bash("cortexflow", spec.root().commandLine()));
    return ExitCodes.OK;
  }
}
