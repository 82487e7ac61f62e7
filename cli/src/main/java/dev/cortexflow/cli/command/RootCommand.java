package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.VersionProvider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cortexflow} without a command: prints the usage (its footer, the exit codes, is set by {@link Commands}). */
@Command(
    name = "cortexflow",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Type-safe Cortex Workflows: render, validate, format, graph, import and sync workflow descriptors.",
        "Server commands read the API token from CORTEX_API_TOKEN or --token-file and the URL from --url or "
            + "CORTEX_API_URL."
    })
final class RootCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
