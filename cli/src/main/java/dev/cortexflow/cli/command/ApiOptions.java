package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.ProjectFile;
import dev.cortexflow.cli.internal.Secrets;
import dev.cortexflow.cli.internal.TokenFile;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.CortexClientBuilder;
import dev.cortexflow.yaml.WriteOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --url}, {@code --token-file} and {@code --env} for the commands that talk to a Cortex workspace. The token comes only from
 * {@code CORTEX_API_TOKEN} or the token file, never from the command line, and is registered with {@link Secrets} so
 * that no output can show it.
 */
final class ApiOptions {

  static final String TOKEN_VARIABLE = "CORTEX_API_TOKEN";
  static final String URL_VARIABLE = "CORTEX_API_URL";

  @Option(names = "--url", paramLabel = "URL",
      description = "Cortex API base URL (default: $CORTEX_API_URL, else " + CortexClientBuilder.DEFAULT_BASE_URL + ").")
  String url;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "File holding the API token (default: $CORTEX_API_TOKEN).")
  Path tokenFile;

  @Option(names = "--env", paramLabel = "NAME",
      description = "Talk to this environment's workspace: its URL and token source come from "
          + ProjectFile.NAME + " (instead of --url, --token-file and the CORTEX_API_* variables).")
  String env;

  /** The workspace of {@code --env}, when given; {@code --url} and {@code --token-file} cannot be given with it. */
  Optional<ProjectFile.Workspace> workspace(CliContext context) {
    if (env == null) {
      return Optional.empty();
    }
    if (url != null || tokenFile != null) {
      throw CliException.usage("--env " + env + " takes the URL and token source from " + ProjectFile.NAME
          + ": drop " + (url != null ? "--url" : "--token-file"));
    }
    return Optional.of(ProjectFile.workspace(context, env));
  }

  /**
   * Refuses descriptor files that {@code render} wrote for another environment than {@code --env}, or for any
   * environment when {@code --env} is not given, so that staging's files never reach production's workspace.
   */
  void requireRenderedForThisEnvironment(List<DescriptorFile> files) {
    for (DescriptorFile file : files) {
      Optional<String> renderedFor = WriteOptions.environmentOf(file.readText());
      if (renderedFor.isPresent() && !renderedFor.get().equals(env)) {
        throw CliException.usage("'" + file.displayName() + "' was rendered for environment '" + renderedFor.get()
            + "'" + (env == null ? ": give --env " + renderedFor.get()
                : ", not '" + env + "': give the files rendered for '" + env + "'"));
      }
    }
  }

  /** The base URL this command talks to. */
  String baseUrl(CliContext context) {
    Optional<ProjectFile.Workspace> workspace = workspace(context);
    if (workspace.isPresent()) {
      return workspace.get().url();
    }
    // An empty value usually comes from an unset shell variable: refuse it rather than fall back to production.
    if (url != null) {
      if (url.isBlank()) {
        throw CliException.usage("--url is empty: give the workspace's API URL, e.g. "
            + CortexClientBuilder.DEFAULT_BASE_URL);
      }
      return url;
    }
    if (context.environment().containsKey(URL_VARIABLE) && context.env(URL_VARIABLE).isEmpty()) {
      throw CliException.usage(URL_VARIABLE + " is set but empty: unset it to use "
          + CortexClientBuilder.DEFAULT_BASE_URL + ", or give the workspace's API URL");
    }
    return context.env(URL_VARIABLE).orElse(CortexClientBuilder.DEFAULT_BASE_URL);
  }

  /** A client for the workspace; a bad URL or an unreadable token file is a usage error. */
  CortexClient client(CliContext context, Secrets secrets, Output output) {
    String token = token(context, secrets);
    secrets.add(token);
    String base = baseUrl(context);
    output.detail("server: " + base + (token.isEmpty() ? " (no API token)" : " (API token from "
        + workspace(context).map(ProjectFile.Workspace::tokenSource)
            .orElse(tokenFile != null ? "'" + tokenFile + "'" : TOKEN_VARIABLE) + ")"));
    try {
      return CortexClient.builder().baseUrl(base).token(() -> token).build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage(), e);
    }
  }

  private String token(CliContext context, Secrets secrets) {
    Optional<ProjectFile.Workspace> workspace = workspace(context);
    if (workspace.isPresent()) {
      return workspace.get().token(context, secrets);
    }
    if (tokenFile != null) {
      return TokenFile.read(context, tokenFile, secrets);
    }
    return context.env(TOKEN_VARIABLE).map(String::strip).orElse("");
  }
}
