package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.Secrets;
import dev.cortexflow.cli.internal.TokenFile;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.CortexClientBuilder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --url} and {@code --token-file} for the commands that talk to a Cortex workspace. The token comes only from
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

  /** The base URL this command talks to. */
  String baseUrl(CliContext context) {
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
        + (tokenFile != null ? "'" + tokenFile + "'" : TOKEN_VARIABLE) + ")"));
    try {
      return CortexClient.builder().baseUrl(base).token(() -> token).build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage(), e);
    }
  }

  private String token(CliContext context, Secrets secrets) {
    if (tokenFile != null) {
      return TokenFile.read(context, tokenFile, secrets);
    }
    return context.env(TOKEN_VARIABLE).map(String::strip).orElse("");
  }
}
