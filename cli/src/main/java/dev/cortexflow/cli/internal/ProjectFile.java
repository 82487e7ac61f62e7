package dev.cortexflow.cli.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The project file {@code cortexflow.yaml} in the working folder: for every environment, the workspace's API URL
 * and where its token is (the name of an environment variable, or a file) — never the token itself.
 *
 * <pre>{@code
 * environments:
 *   staging:
 *     url: https://api.staging.example.com
 *     tokenVariable: CORTEX_STAGING_TOKEN
 *   production:
 *     url: https://api.getcortexapp.com
 *     tokenFile: /run/secrets/cortex-production-token
 * }</pre>
 *
 * Anything else (a {@code token} key, an unknown key, a value that looks like a token, anchors, tags, several
 * documents) is a usage error naming the file, the line and the fix.
 */
public final class ProjectFile {

  /** The file's name. */
  public static final String NAME = "cortexflow.yaml";

  /** Environment names: lower-case words joined by hyphens, as {@code Environment.named} requires. */
  private static final Pattern ENVIRONMENT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern VARIABLE = Pattern.compile("[A-Z_][A-Z0-9_]{0,99}");
  /** What an API token looks like: long, one word of token characters. */
  private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9._~+=-]{32,}");
  private static final List<String> KEYS = List.of("url", "tokenVariable", "tokenFile");
  private static final YAMLFactory YAML = yaml();

  /**
   * One environment's workspace.
   *
   * @param environment the environment's name
   * @param url the workspace's API base URL
   * @param tokenVariable the environment variable holding the API token, if that is where it is
   * @param tokenFile the file holding the API token (resolved against the project file's folder), otherwise
   */
  public record Workspace(String environment, String url, Optional<String> tokenVariable, Optional<Path> tokenFile) {

    /** The API token, read from its variable or file; a variable that is not set is a usage error. */
    public String token(CliContext context, Secrets secrets) {
      if (tokenFile.isPresent()) {
        return TokenFile.read(context, tokenFile.get(), secrets);
      }
      String variable = tokenVariable.orElseThrow();
      String token = context.env(variable).map(String::strip).orElseThrow(() -> CliException.usage("environment '"
          + environment + "' takes its API token from $" + variable + " (" + NAME + "), which is not set"));
      secrets.add(token);
      return token;
    }

    /** Where the token comes from, for messages: {@code $CORTEX_STAGING_TOKEN} or {@code 'token.txt'}. */
    public String tokenSource() {
      return tokenFile.map(f -> "'" + f + "'").orElseGet(() -> "$" + tokenVariable.orElseThrow());
    }
  }

  private final Map<String, Workspace> workspaces;

  private ProjectFile(Map<String, Workspace> workspaces) {
    this.workspaces = workspaces;
  }

  /** Every environment's workspace, in file order. */
  List<Workspace> workspaces() {
    return List.copyOf(workspaces.values());
  }

  /** The workspace of environment {@code name} in the working folder's project file. */
  public static Workspace workspace(CliContext context, String name) {
    ProjectFile project = read(context);
    Workspace workspace = project.workspaces.get(name);
    if (workspace == null) {
      throw CliException.usage("unknown environment '" + name + "': " + NAME + " knows "
          + String.join(", ", project.workspaces.keySet()));
    }
    return workspace;
  }

  /** Reads the project file of the working folder. */
  static ProjectFile read(CliContext context) {
    Path file = context.resolve(Path.of(NAME));
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw CliException.usage("--env needs the project file " + NAME + " in " + context.workingDirectory()
          + ": list each environment's url and tokenVariable or tokenFile there", e);
    } catch (IOException e) {
      throw CliException.usage(Failures.ioMessage(e), e);
    }
    return parse(text, file.getParent());
  }

  /** Parses the text of a project file whose relative token files resolve against {@code folder}. */
  static ProjectFile parse(String text, Path folder) {
    try (JsonParser p = YAML.createParser(text)) {
      Map<String, Workspace> workspaces = new LinkedHashMap<>();
      start(p, JsonToken.START_OBJECT, "the file", "a mapping with the key 'environments'");
      while (next(p) == JsonToken.FIELD_NAME) {
        if (!p.currentName().equals("environments")) {
          throw fail(p, "unknown key '" + p.currentName() + "': the file has only 'environments'");
        }
        start(p, JsonToken.START_OBJECT, "environments", "a mapping of environment names");
        while (next(p) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          if (!ENVIRONMENT.matcher(name).matches()) {
            throw fail(p, "environment name '" + name + "' is not valid: use lower-case words joined by hyphens");
          }
          if (workspaces.containsKey(name)) {
            throw fail(p, "environment '" + name + "' is listed twice");
          }
          workspaces.put(name, workspace(p, name, folder));
        }
      }
      if (workspaces.isEmpty()) {
        throw CliException.usage(NAME + ": no environments: list each under 'environments' with its url and"
            + " tokenVariable or tokenFile");
      }
      if (next(p) != null) {
        throw fail(p, "the file holds more than one document");
      }
      return new ProjectFile(java.util.Collections.unmodifiableMap(workspaces));
    } catch (JsonProcessingException e) {
      throw CliException.usage(NAME + ": not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw CliException.usage(NAME + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static Workspace workspace(JsonParser p, String name, Path folder) throws IOException {
    String where = "environments." + name;
    start(p, JsonToken.START_OBJECT, where, "a mapping with url and tokenVariable or tokenFile");
    JsonLocation at = p.currentTokenLocation();
    Map<String, String> values = new LinkedHashMap<>();
    while (next(p) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      if (key.toLowerCase(java.util.Locale.ROOT).contains("token") && !KEYS.contains(key)
          || key.equalsIgnoreCase("apiKey") || key.equalsIgnoreCase("secret")) {
        throw fail(p, where + "." + key + ": the project file never holds a token: name the environment"
            + " variable (tokenVariable) or the file (tokenFile) that holds it");
      }
      if (!KEYS.contains(key)) {
        throw fail(p, where + ": unknown key '" + key + "' (known: " + String.join(", ", KEYS) + ")");
      }
      if (values.containsKey(key)) {
        throw fail(p, where + "." + key + " is given twice");
      }
      JsonToken value = next(p);
      if (value != JsonToken.VALUE_STRING || p.getText().isBlank()) {
        throw fail(p, where + "." + key + " must be a non-empty text");
      }
      String text = p.getText().strip();
      if (!key.equals("url") && TOKEN_LIKE.matcher(text).matches() && !(key.equals("tokenVariable")
          && VARIABLE.matcher(text).matches())) {
        throw fail(p, where + "." + key + " looks like a token, not a " + (key.equals("tokenFile") ? "file name"
            : "variable name") + ": the project file never holds a token; remove it from the file and name the"
            + " variable or file that holds it");
      }
      values.put(key, text);
    }
    String url = values.get("url");
    if (url == null) {
      throw fail(at, where + " has no url: give the workspace's API URL, e.g. https://api.getcortexapp.com");
    }
    if (dev.cortexflow.client.CortexClientBuilder.hasUserInfo(url)) {
      throw fail(at, where + ".url holds a user name or password (user:secret@host): give the URL without it, and"
          + " name the variable or file holding the token");
    }
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      throw fail(at, where + ".url '" + url + "' is not an http(s) URL");
    }
    Optional<String> variable = Optional.ofNullable(values.get("tokenVariable"));
    Optional<String> file = Optional.ofNullable(values.get("tokenFile"));
    if (variable.isPresent() == file.isPresent()) {
      throw fail(at, where + " needs exactly one of tokenVariable (the environment variable holding the API"
          + " token) and tokenFile (the file holding it)");
    }
    if (variable.isPresent() && !VARIABLE.matcher(variable.get()).matches()) {
      throw fail(at, where + ".tokenVariable is not an environment variable name: use upper-case letters,"
          + " digits and '_', e.g. CORTEX_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_TOKEN");
    }
    return new Workspace(name, url, variable, file.map(f -> folder.resolve(f).normalize()));
  }

  private static void start(JsonParser p, JsonToken expected, String what, String wanted) throws IOException {
    if (next(p) != expected) {
      throw fail(p, what + " must be " + wanted);
    }
  }

  /** The next token; anchors, aliases and tags are refused, a project file needs none of them. */
  private static JsonToken next(JsonParser p) throws IOException {
    JsonToken token = p.nextToken();
    YAMLParser yaml = (YAMLParser) p;
    if (token != null && (yaml.isCurrentAlias() || yaml.getObjectId() != null || yaml.getTypeId() != null)) {
      throw fail(p, "anchors, aliases and tags are not allowed: write the values out");
    }
    return token;
  }

  private static CliException fail(JsonParser p, String message) {
    return fail(p.currentTokenLocation(), message);
  }

  private static CliException fail(JsonLocation at, String message) {
    return CliException.usage(NAME + ":" + at.getLineNr() + ": " + message);
  }

  private static YAMLFactory yaml() {
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(false);
    loader.setMaxAliasesForCollections(0);
    loader.setCodePointLimit(1 << 20);
    return YAMLFactory.builder().loaderOptions(loader).build();
  }
}
