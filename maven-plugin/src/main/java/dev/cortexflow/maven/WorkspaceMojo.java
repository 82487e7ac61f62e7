package dev.cortexflow.maven;

import dev.cortexflow.cli.internal.ApiActivity;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.Descriptors;
import dev.cortexflow.cli.internal.RetryTally;
import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.CortexClientBuilder;
import dev.cortexflow.client.RunTimeoutException;
import dev.cortexflow.client.sync.SourceFile;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.client.sync.SyncScope;
import dev.cortexflow.model.Workflow;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What {@code diff} and {@code push} share: the workspace's URL and API token, the folder of descriptors and the
 * prune prefix. The token comes from the {@code CORTEX_API_TOKEN} environment variable or from the password of a
 * {@code settings.xml} server (decrypted as Maven decrypts passwords), never from the POM, and is masked in every
 * line logged.
 */
abstract class WorkspaceMojo extends CortexflowMojo {

  static final String TOKEN_VARIABLE = "CORTEX_API_TOKEN";
  static final String URL_VARIABLE = "CORTEX_API_URL";
  private static final String NO_TOKEN = "no API token: set CORTEX_API_TOKEN";

  /** The Cortex API base URL (default: {@code CORTEX_API_URL}, else the production API). */
  @Parameter(property = "cortexflow.url")
  String url;

  /**
   * The id of the {@code settings.xml} server whose password is the API token (default: the token comes from
   * {@code CORTEX_API_TOKEN}). The password may be encrypted as Maven encrypts passwords.
   */
  @Parameter(property = "cortexflow.serverId")
  String serverId;

  /** The tag prefix inside which live workflows that no file defines are listed (and, for push, pruned). */
  @Parameter(property = "cortexflow.prunePrefix")
  String prunePrefix;

  /** The folder of descriptor files (default: what {@code render} writes). */
  @Parameter(property = "cortexflow.descriptorDirectory", defaultValue = "${project.build.directory}/cortexflow",
      required = true)
  File descriptorDirectory;

  /** The user's settings, for the server holding the token. */
  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  /** Decrypts server passwords. */
  @Component
  SettingsDecrypter decrypter;

  /** Where the token came from, for messages. */
  private String tokenSource = TOKEN_VARIABLE;

  /** The retries of the engine's client, for the summary. */
  private final RetryTally retries = new RetryTally();

  /** Runs {@code work}, turning what the client throws into a build failure with the client's one-line message. */
  final void talking(ApiWork work) throws MojoExecutionException, MojoFailureException {
    try {
      work.run();
    } catch (CortexApiException.Unauthorized e) {
      throw new MojoExecutionException(safe(e.getMessage().endsWith(NO_TOKEN)
          ? e.getMessage() + ", or set cortexflow.serverId to a settings.xml server holding it"
          : e.getMessage().endsWith("the API token was rejected") ? e.getMessage() + ": check " + tokenSource
          : e.getMessage() + " (the API token was rejected: check " + tokenSource + ")"), e);
    } catch (CortexApiException.Forbidden e) {
      throw new MojoExecutionException(safe(e.getMessage()
          + " (the API token lacks a permission, or the feature is off: check " + tokenSource + ")"), e);
    } catch (CortexApiException.Unreachable e) {
      throw new MojoExecutionException(safe(e.getMessage()), e);
    } catch (CortexApiException | RunTimeoutException e) {
      throw new MojoFailureException(safe(e.getMessage()), e);
    }
  }

  /** Work against the workspace. */
  interface ApiWork {
    /** Does it. */
    void run() throws MojoExecutionException, MojoFailureException;
  }

  /** The sync engine for the workspace; a bad URL or token is a build error. */
  final SyncEngine engine() {
    String token = token();
    secrets.add(token);
    String base = baseUrl();
    getLog().debug(safe("server: " + base + (token.isEmpty() ? " (no API token)" : " (API token from "
        + tokenSource + ")")));
    try {
      CortexClient client = CortexClient.builder().baseUrl(base).token(() -> token).waitListener(wait -> {
        retries.onWait(wait);
        if (wait.duration().compareTo(ApiActivity.SHOWN_FROM) > 0) {
          info(wait.text());
        }
      }).build();
      return SyncEngine.using(client);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(safe(e.getMessage()), e);
    }
  }

  /** The retries of the clients {@link #engine()} made so far. */
  final RetryTally retries() {
    return retries;
  }

  /**
   * The plan that makes the workspace match {@code local}, read from {@code files} (in the same order, so that diffs
   * point at the files), inside the prune prefix when one is given.
   */
  final SyncPlan plan(SyncEngine engine, List<DescriptorFile> files, List<Workflow> local) {
    Map<String, SourceFile> sources = Descriptors.sources(files, local);
    if (prunePrefix == null) {
      return engine.plan(local, sources);
    }
    try {
      return engine.plan(local, sources, SyncScope.tagPrefix(prunePrefix));
    } catch (IllegalArgumentException e) {
      throw CliException.usage("cortexflow.prunePrefix: " + e.getMessage(), e);
    }
  }

  /** The base URL: {@code url}, else {@code CORTEX_API_URL}, else the production API. */
  final String baseUrl() {
    // An empty value usually comes from an unset variable: refuse it rather than fall back to production.
    if (url != null) {
      if (url.isBlank()) {
        throw CliException.usage("cortexflow.url is empty: give the workspace's API URL, e.g. "
            + CortexClientBuilder.DEFAULT_BASE_URL);
      }
      return withoutUserInfo(url.strip(), "cortexflow.url");
    }
    String fromEnvironment = environment.get(URL_VARIABLE);
    if (fromEnvironment != null && fromEnvironment.isBlank()) {
      throw CliException.usage(URL_VARIABLE + " is set but empty: unset it to use "
          + CortexClientBuilder.DEFAULT_BASE_URL + ", or give the workspace's API URL");
    }
    return fromEnvironment != null ? withoutUserInfo(fromEnvironment.strip(), URL_VARIABLE)
        : CortexClientBuilder.DEFAULT_BASE_URL;
  }

  // The part before '@' is usually a password or a token: refuse the URL, and never log it.
  private String withoutUserInfo(String base, String source) {
    if (CortexClientBuilder.hasUserInfo(base)) {
      throw CliException.usage(source + " holds a user name or password (user:secret@host): give the URL without it,"
          + " and the API token in " + TOKEN_VARIABLE + " or a settings.xml server (cortexflow.serverId)");
    }
    return base;
  }

  /** The API token: the password of server {@code serverId} when set, else {@code CORTEX_API_TOKEN}, else none. */
  final String token() {
    String token;
    if (serverId != null && !serverId.isBlank()) {
      tokenSource = "the password of server '" + serverId + "' in settings.xml";
      token = serverPassword(serverId.strip());
    } else {
      token = environment.getOrDefault(TOKEN_VARIABLE, "").strip();
    }
    secrets.add(token);
    if (token.chars().anyMatch(Character::isISOControl)) {
      throw CliException.usage("the API token in " + tokenSource + " contains a line break or another control "
          + "character: store the token alone");
    }
    return token;
  }

  private String serverPassword(String id) {
    Server server = settings == null ? null : settings.getServer(id);
    if (server == null) {
      throw CliException.usage("no <server> with id '" + id + "' in settings.xml: add one with the API token as its "
          + "<password>, or leave cortexflow.serverId unset to use " + TOKEN_VARIABLE);
    }
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : result.getProblems()) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw CliException.usage("cannot decrypt the password of server '" + id + "' in settings.xml: "
            + problem.getMessage());
      }
    }
    String password = result.getServer() == null ? null : result.getServer().getPassword();
    if (password == null || password.isBlank()) {
      throw CliException.usage("server '" + id + "' in settings.xml has no <password>: put the API token there");
    }
    return password.strip();
  }
}
