package dev.cortexflow.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectFileTest {

  private static final Path FOLDER = Path.of("/work/project");

  private static ProjectFile parse(String text) {
    return ProjectFile.parse(text, FOLDER);
  }

  private static String failure(String text) {
    try {
      parse(text);
    } catch (CliException e) {
      assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
      return e.getMessage();
    }
    throw new AssertionError("no failure for:\n" + text);
  }

  @Test
  void readsEachEnvironmentsUrlAndTokenSourceInFileOrder() {
    ProjectFile project = parse("""
        environments:
          staging:
            url: https://api.staging.example.com
            tokenVariable: CORTEX_STAGING_TOKEN
          production:
            url: https://api.getcortexapp.com
            tokenFile: secrets/production-token
        """);

    assertThat(project.workspaces()).containsExactly(
        new ProjectFile.Workspace("staging", "https://api.staging.example.com", Optional.of("CORTEX_STAGING_TOKEN"),
            Optional.empty()),
        new ProjectFile.Workspace("production", "https://api.getcortexapp.com", Optional.empty(),
            Optional.of(FOLDER.resolve("secrets/production-token"))));
    assertThat(project.workspaces().get(0).tokenSource()).isEqualTo("$CORTEX_STAGING_TOKEN");
  }

  @Test
  void refusesATokenUnderAnyTokenKey() {
    assertThat(failure("environments:\n  staging:\n    url: https://a.example.com\n    apiToken: x\n"))
        .isEqualTo("cortexflow.yaml:4: environments.staging.apiToken: the project file never holds a token: name"
            + " the environment variable (tokenVariable) or the file (tokenFile) that holds it");
  }

  @Test
  void refusesATokenPastedWhereItsVariableOrFileBelongs() {
    String token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ";

    assertThat(failure("environments:\n  staging:\n    url: https://a.example.com\n    tokenVariable: " + token))
        .isEqualTo("cortexflow.yaml:4: environments.staging.tokenVariable looks like a token, not a variable name:"
            + " the project file never holds a token; remove it from the file and name the variable or file that"
            + " holds it")
        .doesNotContain(token);
    assertThat(failure("environments:\n  staging:\n    url: https://a.example.com\n    tokenFile: " + token))
        .startsWith("cortexflow.yaml:4: environments.staging.tokenFile looks like a token, not a file name");
  }

  @Test
  void needsExactlyOneTokenSourceAndAUrl() {
    assertThat(failure("environments:\n  staging:\n    url: https://a.example.com\n"))
        .isEqualTo("cortexflow.yaml:3: environments.staging needs exactly one of tokenVariable (the environment"
            + " variable holding the API token) and tokenFile (the file holding it)");
    assertThat(failure("environments:\n  staging:\n    tokenVariable: T\n"))
        .isEqualTo("cortexflow.yaml:3: environments.staging has no url: give the workspace's API URL, e.g."
            + " https://api.getcortexapp.com");
    assertThat(failure("environments:\n  staging:\n    url: https://ci:hunter2@a.example.com\n    tokenVariable: T\n"))
        .isEqualTo("cortexflow.yaml:3: environments.staging.url holds a user name or password (user:secret@host):"
            + " give the URL without it, and name the variable or file holding the token");
    assertThat(failure("environments:\n  staging:\n    url: ftp://a\n    tokenVariable: T\n"))
        .isEqualTo("cortexflow.yaml:3: environments.staging.url 'ftp://a' is not an http(s) URL");
    assertThat(failure("environments:\n  staging:\n    url: https://a\n    tokenVariable: cortex-token\n"))
        .isEqualTo("cortexflow.yaml:3: environments.staging.tokenVariable is not an environment variable name:"
            + " use upper-case letters, digits and '_', e.g. CORTEX_STAGING_TOKEN");
  }

  @Test
  void refusesUnknownKeysAnchorsAndBadNames() {
    assertThat(failure("environments:\n  staging:\n    url: https://a\n    tokenVar: T\n"))
        .isEqualTo("cortexflow.yaml:4: environments.staging.tokenVar: the project file never holds a token: name"
            + " the environment variable (tokenVariable) or the file (tokenFile) that holds it");
    assertThat(failure("environments:\n  staging:\n    url: https://a\n    timeout: 3\n"))
        .isEqualTo("cortexflow.yaml:4: environments.staging: unknown key 'timeout' (known: url, tokenVariable,"
            + " tokenFile)");
    assertThat(failure("workspaces: {}\n"))
        .isEqualTo("cortexflow.yaml:1: unknown key 'workspaces': the file has only 'environments'");
    assertThat(failure("environments:\n  Prod:\n    url: https://a\n"))
        .isEqualTo("cortexflow.yaml:2: environment name 'Prod' is not valid: use lower-case words joined by"
            + " hyphens");
    assertThat(failure("environments:\n  staging: &s\n    url: https://a\n    tokenVariable: T\n  prod: *s\n"))
        .isEqualTo("cortexflow.yaml:2: anchors, aliases and tags are not allowed: write the values out");
    assertThat(failure("environments: {}\n")).isEqualTo("cortexflow.yaml: no environments: list each under"
        + " 'environments' with its url and tokenVariable or tokenFile");
    assertThat(failure("- a\n")).isEqualTo("cortexflow.yaml:1: the file must be a mapping with the key"
        + " 'environments'");
    assertThat(failure("environments:\n  staging:\n    url: https://a\n    url: https://b\n"))
        .startsWith("cortexflow.yaml: not valid YAML: Duplicate field 'url'");
  }
}
