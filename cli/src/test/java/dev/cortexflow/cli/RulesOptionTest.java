package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --rules} and {@code push --rules} with the two rules of the examples module. */
class RulesOptionTest {

  /** The examples module's classes, built before this module in the reactor. */
  private static final Path EXAMPLE_RULES = Path.of("..", "examples", "target", "classes").toAbsolutePath()
      .normalize();

  /** A deploy to a production host with no approval before it. */
  static final String UNAPPROVED = Fixtures.VALID.replace("tag: notify-on-deploy", "tag: deploy").replace("""
        schema:
          type: SLACK
          channel: deploys
          message: 'Done: {{actions.shape.outputs.result}}'
      """, """
        schema:
          type: HTTP_REQUEST
          url: https://deploy.prod.example.com/api
          httpMethod: POST
          headers: {}
      """);

  private static final String LINE = "deploy.yaml: ERROR APPROVAL_BEFORE_PRODUCTION at /actions/1/schema/url: block"
      + " 'notify' (actions[1]) calls production host 'deploy.prod.example.com', but the path shape -> notify passes"
      + " no MANUAL_APPROVAL block: put a MANUAL_APPROVAL block on every path to 'notify'";

  @TempDir
  Path dir;

  @BeforeEach
  void theExampleRulesAreBuilt() {
    assertThat(EXAMPLE_RULES.resolve("META-INF/services/dev.cortexflow.validate.WorkflowRule"))
        .as("build the examples module first").exists();
    Fixtures.write(dir, "deploy.yaml", UNAPPROVED);
  }

  @Test
  void validateRunsTheRulesOfTheExamplesOnAnyDescriptor() {
    CliRun run = CliRun.in(dir).run("validate", "--rules", EXAMPLE_RULES.toString(), "deploy.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err.lines()).containsExactly(LINE);
    assertThat(run.out.lines()).containsExactly("1 error, 0 warnings in 1 file");
  }

  @Test
  void withoutRulesTheExamplesOnTheCommandsOwnClassPathRegisterNone() {
    CliRun run = CliRun.in(dir).run("validate", "deploy.yaml");

    assertThat(run.exitCode).as(run.toString()).isZero();
  }

  @Test
  void theRulesViolationsCarryTheirCodeInJson() throws Exception {
    CliRun run = CliRun.in(dir).run("validate", "--rules", EXAMPLE_RULES.toString(), "--format", "json",
        "deploy.yaml");

    JsonNode violation = new ObjectMapper().readTree(run.out).path("files").get(0).path("violations").get(0);
    assertThat(violation.path("code").asText()).isEqualTo("APPROVAL_BEFORE_PRODUCTION");
    assertThat(violation.path("severity").asText()).isEqualTo("ERROR");
    assertThat(violation.path("pointer").asText()).isEqualTo("/actions/1/schema/url");
    assertThat(violation.path("line").asInt()).isEqualTo(21);
  }

  @Test
  void sarifListsTheRuleWithItsOwnIdAndHelpText() throws Exception {
    Fixtures.write(dir, "also-broken.yaml", Fixtures.BROKEN_EDGE.replace("tag: notify-on-deploy", "tag: other"));

    CliRun run = CliRun.in(dir).run("validate", "--rules", EXAMPLE_RULES.toString(), "--format", "sarif",
        "also-broken.yaml", "deploy.yaml");

    JsonNode sarifRun = new ObjectMapper().readTree(run.out).path("runs").get(0);
    JsonNode rules = sarifRun.path("tool").path("driver").path("rules");
    assertThat(rules.findValuesAsText("id")).containsExactly("UNKNOWN_TARGET", "APPROVAL_BEFORE_PRODUCTION");
    assertThat(rules.get(1).path("help").path("text").asText())
        .isEqualTo("An HTTP call to a production host needs a MANUAL_APPROVAL block on every path before it.");
    assertThat(rules.get(1).path("shortDescription").path("text").asText()).isEqualTo(rules.get(1).path("help")
        .path("text").asText());
    assertThat(rules.get(0).path("help").path("text").asText())
        .isEqualTo("An edge names a slug that is no block: name an existing block.");
    JsonNode own = sarifRun.path("results").get(1);
    assertThat(own.path("ruleId").asText()).isEqualTo("APPROVAL_BEFORE_PRODUCTION");
    assertThat(own.path("ruleIndex").asInt()).isEqualTo(1);
    assertThat(own.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt())
        .isEqualTo(21);
  }

  @Test
  void pushRefusesWhatTheRulesRefuseBeforeContactingAnyServer() {
    CliRun run = CliRun.in(dir).env("CORTEX_API_URL", "http://127.0.0.1:9").run("push", "--rules",
        EXAMPLE_RULES.toString(), "deploy.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).containsExactly(LINE, "error: 1 error in 1 file; nothing pushed");
  }

  @Test
  void aClassPathThatRegistersNoRuleIsAUsageError() throws Exception {
    Files.createDirectories(dir.resolve("empty"));

    CliRun run = CliRun.in(dir).run("validate", "--rules", "empty", "deploy.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: --rules 'empty' registers no rule: list the rule classes in"
        + " META-INF/services/dev.cortexflow.validate.WorkflowRule\n");
  }

  @Test
  void aMissingEntryIsAUsageError() {
    CliRun run = CliRun.in(dir).run("validate", "--rules", "nowhere", "deploy.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: --rules entry 'nowhere' does not exist\n");
  }

  @Test
  void aRegistrationOfAMissingClassIsAUsageErrorNamingIt() {
    Fixtures.write(dir, "rules/META-INF/services/dev.cortexflow.validate.WorkflowRule", "acme.Missing\n");

    CliRun run = CliRun.in(dir).run("validate", "--rules", "rules", "deploy.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: --rules 'rules': cannot load its rules:"
        + " dev.cortexflow.validate.WorkflowRule: Provider acme.Missing not found\n");
  }
}
