package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.ApiActivity;
import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.ProjectFile;
import dev.cortexflow.cli.internal.Secrets;
import dev.cortexflow.cli.internal.TokenFile;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.CortexClientBuilder;
import dev.cortexflow.codec.WriteOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --url}, {@code --token-file}, {@code --request-timeout}, {@code --rate-limit} and {@code --env} for the commands that talk to a Cortex workspace. The token comes only from
 * {@code CORTEX_API_TOKEN} or the token file, never from the command line, and is registered with {@link Secrets} so
 * that no output can show it.
 */
final class ApiOptions {

  static final String TOKEN_VARIABLE = "CORTEX_API_TOKEN";
  static final String URL_VARIABLE = "CORTEX_API_URL";
  static final String NO_TOKEN = "no API token: set " + TOKEN_VARIABLE + " (export " + TOKEN_VARIABLE
      + "=...) or give --token-file FILE; nothing was sent";

  @Option(names = "--url", paramLabel = "URL",
      description = "Cortex API base URL (default: $CORTEX_API_URL, else " + CortexClientBuilder.DEFAULT_BASE_URL + ").")
  String url;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "File holding the API token (default: $CORTEX_API_TOKEN).")
  Path tokenFile;

  @Option(names = "--request-timeout", paramLabel = "SECONDS",
      description = "Seconds each request waits for the server to answer before it is retried or fails, e.g. 5 or"
          + " 0.5 (default: 30).")
  String requestTimeout;

  @Option(names = "--rate-limit", paramLabel = "N",
      description = "The most requests sent in any minute, as the server counts them (default: "
          + CortexClientBuilder.DEFAULT_REQUESTS_PER_MINUTE + ", the API's limit).")
  String rateLimit;

  @Option(names = "--env", paramLabel = "NAME",
      description = "Talk to this environment's workspace: its URL and token source come from "
          + ProjectFile.NAME + " (instead of --url, --token-file and the CORTEX_API_* variables).")
  String env;

  private ApiActivity activity;

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
      return withoutUserInfo(url, "--url");
    }
    if (context.environment().containsKey(URL_VARIABLE) && context.env(URL_VARIABLE).isEmpty()) {
      throw CliException.usage(URL_VARIABLE + " is set but empty: unset it to use "
          + CortexClientBuilder.DEFAULT_BASE_URL + ", or give the workspace's API URL");
    }
    return withoutUserInfo(context.env(URL_VARIABLE).orElse(CortexClientBuilder.DEFAULT_BASE_URL), URL_VARIABLE);
  }

  /**
   * A client for the workspace; a bad URL or timeout, or a missing, unreadable or malformed token, is a usage error
   * found before any request.
   */
  CortexClient client(CliContext context, Secrets secrets, Output output) {
    String token = token(context, secrets);
    // masked before anything else is done with it, so that no message can show it, whatever it holds
    secrets.add(token);
    if (token.chars().anyMatch(Character::isISOControl)) {
      throw CliException.usage("the API token contains a line break or a control character: put it on one line in "
          + tokenSource(context));
    }
    String base = baseUrl(context);
    Duration readTimeout = requestTimeout == null ? null : timeout();
    int perMinute = requestsPerMinute();
    if (token.isEmpty()) {
      // refused here: a request without credentials would still reach the server (production, by default)
      throw CliException.usage(NO_TOKEN);
    }
    activity = new ApiActivity(output);
    CortexClientBuilder builder = CortexClient.builder().token(() -> token).waitListener(activity)
        .requestsPerMinute(perMinute);
    if (readTimeout != null) {
      builder.readTimeout(readTimeout);
    }
    CortexClient client;
    try {
      client = builder.baseUrl(base).build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage(), e);
    }
    output.detail("server: " + base + " (API token from " + tokenSource(context) + ")");
    return client;
  }

  /** The waits and retries of the client {@link #client} made; call it after that. */
  ApiActivity activity() {
    if (activity == null) {
      throw new IllegalStateException("no client was made yet");
    }
    return activity;
  }

  private int requestsPerMinute() {
    if (rateLimit == null) {
      return CortexClientBuilder.DEFAULT_REQUESTS_PER_MINUTE;
    }
    try {
      int n = Integer.parseInt(rateLimit.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw CliException.usage("--rate-limit " + rateLimit + " is not valid: give the most requests per minute as a"
        + " whole number, 1 or more (default: " + CortexClientBuilder.DEFAULT_REQUESTS_PER_MINUTE + ")");
  }

  private Duration timeout() {
    try {
      BigDecimal seconds = new BigDecimal(requestTimeout.strip());
      if (seconds.signum() > 0 && seconds.scale() <= 3 && seconds.compareTo(BigDecimal.valueOf(86_400)) <= 0) {
        return Duration.ofMillis(seconds.movePointRight(3).longValueExact());
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // said below
    }
    throw CliException.usage("--request-timeout " + requestTimeout
        + " is not valid: give a number of seconds above 0, e.g. 5 or 0.5");
  }

  private String tokenSource(CliContext context) {
    return workspace(context).map(ProjectFile.Workspace::tokenSource)
        .orElse(tokenFile != null ? "'" + tokenFile + "'" : TOKEN_VARIABLE);
  }

  // The part before '@' is usually a password or a token: refuse the URL, and never print it.
  private static String withoutUserInfo(String url, String source) {
    if (CortexClientBuilder.hasUserInfo(url)) {
      throw CliException.usage(source + " holds a user name or password (user:secret@host): give the URL without it,"
          + " and the API token in --token-file or " + TOKEN_VARIABLE);
    }
    return url;
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
