package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.TokenFile;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.sandbox.CortexSandbox;
import dev.cortexflow.sandbox.DataFileException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cortexflow sandbox [--port N] [--data DIR]}: runs the local stand-in for the Cortex API until stopped. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Run a local stand-in for the Cortex Workflows API until Ctrl-C.",
        "It listens on 127.0.0.1. "
            + "Point the other commands at it with --url or CORTEX_API_URL; it accepts any non-empty token unless "
            + "--token-file names the only one to accept."
    })
final class SandboxCommand extends CliCommand {

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "Port to listen on (default: a free one).")
  int port;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Keep workflows in this folder across restarts (default: in memory).")
  Path data;

  @Option(names = "--token-file", paramLabel = "FILE", description = "Accept only the token in this file.")
  Path tokenFile;

  SandboxCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute(Output output) {
    if (port < 0 || port > 65535) {
      throw CliException.usage("port " + port + " is not valid: use 0 to 65535");
    }
    CortexSandbox.Builder builder = CortexSandbox.builder().port(port);
    if (data != null) {
      if (Files.exists(context.resolve(data)) && !Files.isDirectory(context.resolve(data))) {
        throw CliException.usage("--data '" + data + "' is a file: give a folder (it is created when missing)");
      }
      builder.dataDirectory(context.resolve(data));
    }
    if (tokenFile != null) {
      builder.token(TokenFile.read(context, tokenFile, secrets));
    }
    CortexSandbox sandbox = start(builder);
    Thread stopper = new Thread(sandbox::close, "cortexflow-sandbox-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    try {
      output.result("sandbox listening on " + sandbox.url() + (data == null ? " (in memory)" : " (data in '" + data
          + "')") + "; press Ctrl-C to stop");
      sandbox.awaitClose();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      sandbox.close();
      removeHook(stopper);
    }
    output.info("sandbox stopped");
    return ExitCodes.OK;
  }

  private CortexSandbox start(CortexSandbox.Builder builder) {
    try {
      return builder.build().start();
    } catch (DataFileException e) {
      // named as the user would: relative to where the command runs
      throw CliException.usage(e.getMessage().replace(e.file().toString(),
          context.workingDirectory().relativize(e.file()).toString()), e);
    } catch (UncheckedIOException e) {
      throw CliException.usage("cannot start the sandbox on port " + port + ": " + e.getCause().getMessage(), e);
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already stopping (Ctrl-C): the hook is running or has run.
    }
  }
}
