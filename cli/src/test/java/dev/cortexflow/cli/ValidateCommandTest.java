package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir
  Path dir;

  @Test
  void passes_a_valid_file_with_a_summary_line() {
    Fixtures.write(dir, "ok.yaml", Fixtures.VALID);

    CliRun run = CliRun.in(dir).run("validate", "ok.yaml");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("0 errors, 0 warnings in 1 file\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void lists_each_violation_with_file_severity_code_and_pointer_and_exits_1() {
    Fixtures.write(dir, "bad.yaml", Fixtures.BROKEN_EDGE);

    CliRun run = CliRun.in(dir).run("validate", "bad.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err.lines().toList())
        .anySatisfy(line -> assertThat(line).startsWith("bad.yaml: ERROR UNKNOWN_TARGET at /actions/1/").contains(
            "'notfy'"));
    assertThat(run.out).matches("[1-9]\\d* errors?, \\d+ warnings? in 1 file\n");
  }

  @Test
  void walks_folders_for_yaml_yml_and_json_files_in_path_order() {
    Fixtures.write(dir, "flows/b/one.yaml", Fixtures.VALID);
    Fixtures.write(dir, "flows/a/two.yml", Fixtures.BROKEN_EDGE.replace("tag: notify-on-deploy", "tag: two"));
    Fixtures.write(dir, "flows/notes.txt", "not a descriptor");
    Fixtures.write(dir, "flows/c/three.json", "{\"name\": \"x\"}");

    CliRun run = CliRun.in(dir).run("validate", "flows");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("flows/a/two.yml: ERROR UNKNOWN_TARGET", "flows/c/three.json: ERROR ")
        .doesNotContain("one.yaml:", "notes.txt");
    assertThat(run.out).endsWith(" errors, 0 warnings in 3 files\n");
    assertThat(run.err.indexOf("two.yml")).isLessThan(run.err.indexOf("three.json"));
  }

  @Test
  void reports_files_that_share_a_tag_as_a_duplicate_tag_error_on_each_later_file() {
    Fixtures.write(dir, "flows/a.yaml", Fixtures.VALID);
    Fixtures.write(dir, "flows/b.yaml", Fixtures.VALID.replace("name: Notify on deploy", "name: Copy"));
    Fixtures.write(dir, "flows/c.yaml", Fixtures.VALID);

    CliRun run = CliRun.in(dir).run("validate", "flows");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err.lines().toList()).containsExactly(
        "flows/b.yaml: ERROR DUPLICATE_TAG at /tag: tag 'notify-on-deploy' is also the tag of 'flows/a.yaml': give"
            + " every workflow its own tag, a push keeps only one of them",
        "flows/c.yaml: ERROR DUPLICATE_TAG at /tag: tag 'notify-on-deploy' is also the tag of 'flows/a.yaml': give"
            + " every workflow its own tag, a push keeps only one of them");
    assertThat(run.out).isEqualTo("2 errors, 0 warnings in 3 files\n");
  }

  @Test
  void prints_one_json_document_with_format_json() throws Exception {
    Fixtures.write(dir, "ok.yaml", Fixtures.VALID);
    Fixtures.write(dir, "bad.yaml", Fixtures.BROKEN_EDGE.replace("tag: notify-on-deploy", "tag: bad"));

    CliRun run = CliRun.in(dir).run("validate", "--format", "json", "ok.yaml", "bad.yaml");

    assertThat(run.exitCode).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.path("files")).hasSize(2);
    assertThat(json.path("files").get(0).path("file").asText()).isEqualTo("ok.yaml");
    assertThat(json.path("files").get(0).path("tag").asText()).isEqualTo("notify-on-deploy");
    assertThat(json.path("files").get(0).path("violations")).isEmpty();
    JsonNode violation = json.path("files").get(1).path("violations").get(0);
    assertThat(violation.path("severity").asText()).isEqualTo("ERROR");
    assertThat(violation.path("code").asText()).isEqualTo("UNKNOWN_TARGET");
    assertThat(violation.path("pointer").asText()).startsWith("/actions/1/");
    assertThat(Files.readAllLines(dir.resolve("bad.yaml")).get(violation.path("line").asInt() - 1))
        .isEqualTo("  - notfy");
    assertThat(json.path("errors").asInt()).isPositive();
    assertThat(json.path("fileCount").asInt()).isEqualTo(2);
  }

  @Test
  void writes_a_sarif_log_with_the_file_and_line_of_every_violation() throws Exception {
    Fixtures.write(dir, "flows/ok.yaml", Fixtures.VALID);
    Fixtures.write(dir, "flows/bad edge.yaml", Fixtures.BROKEN_EDGE.replace("tag: notify-on-deploy", "tag: bad"));

    CliRun run = CliRun.in(dir).run("validate", "--format", "sarif", "flows");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    JsonNode log = new ObjectMapper().readTree(run.out);
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    JsonNode sarifRun = log.path("runs").get(0);
    assertThat(sarifRun.path("tool").path("driver").path("name").asText()).isEqualTo("cortexflow");
    assertThat(sarifRun.path("tool").path("driver").path("rules").findValuesAsText("id"))
        .containsExactly("UNKNOWN_TARGET");
    assertThat(sarifRun.path("invocations").get(0).path("executionSuccessful").asBoolean()).isTrue();
    JsonNode result = sarifRun.path("results").get(0);
    assertThat(sarifRun.path("results")).hasSize(1);
    assertThat(result.path("ruleId").asText()).isEqualTo("UNKNOWN_TARGET");
    assertThat(result.path("ruleIndex").asInt()).isZero();
    assertThat(result.path("level").asText()).isEqualTo("error");
    assertThat(result.path("message").path("text").asText())
        .startsWith("block 'notify' (actions[1]): outgoingActions names 'notfy'")
        .endsWith("(at /actions/1/outgoingActions/0)");
    JsonNode location = result.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("flows/bad%20edge.yaml");
    int line = location.path("region").path("startLine").asInt();
    assertThat(Files.readAllLines(dir.resolve("flows/bad edge.yaml")).get(line - 1)).isEqualTo("  - notfy");
    assertThat(CliRun.in(dir).run("validate", "--format", "sarif", "flows").out).isEqualTo(run.out);
  }

  @Test
  void names_a_file_given_by_absolute_path_with_a_file_uri_in_sarif() throws Exception {
    Path file = Fixtures.write(dir, "ok.yaml", Fixtures.BROKEN_EDGE);

    CliRun run = CliRun.in(dir).run("validate", "--format", "sarif", file.toAbsolutePath().toString());

    JsonNode location = new ObjectMapper().readTree(run.out).path("runs").get(0).path("results").get(0)
        .path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText())
        .isEqualTo(file.toAbsolutePath().toUri().toASCIIString());
  }

  @Test
  void lists_unreadable_files_as_sarif_notifications_and_exits_2() throws Exception {
    Fixtures.write(dir, "ok.yaml", Fixtures.VALID);
    Fixtures.write(dir, "bomb.yaml", Fixtures.BILLION_LAUGHS);

    CliRun run = CliRun.in(dir).run("validate", "--format", "sarif", "ok.yaml", "bomb.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    JsonNode invocation = new ObjectMapper().readTree(run.out).path("runs").get(0).path("invocations").get(0);
    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    JsonNode notification = invocation.path("toolExecutionNotifications").get(0);
    assertThat(notification.path("level").asText()).isEqualTo("error");
    assertThat(notification.path("message").path("text").asText()).contains("bomb.yaml");
    assertThat(notification.path("locations").get(0).path("physicalLocation").path("artifactLocation")
        .path("uri").asText()).isEqualTo("bomb.yaml");
    assertThat(run.err.lines().toList()).singleElement().asString().startsWith("error: ").contains("bomb.yaml");
  }

  @Test
  void exits_2_naming_a_missing_file() {
    CliRun run = CliRun.in(dir).run("validate", "nowhere.yaml");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("error: cannot read 'nowhere.yaml': no such file or directory\n");
  }

  @Test
  void exits_2_with_one_line_for_a_file_that_is_not_text() throws Exception {
    Files.write(dir.resolve("binary.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});

    CliRun run = CliRun.in(dir).run("validate", "binary.yaml");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: cannot read 'binary.yaml': not UTF-8 text\n");
  }

  @Test
  void exits_2_with_one_line_and_no_stack_trace_for_hostile_yaml_but_reports_the_other_files() {
    Fixtures.write(dir, "bomb.yaml", Fixtures.ALIAS_BOMB);
    Fixtures.write(dir, "ok.yaml", Fixtures.VALID);

    CliRun run = CliRun.in(dir).run("validate", "bomb.yaml", "ok.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err.lines()).singleElement().asString().startsWith("error: ").contains("bomb.yaml");
    assertThat(run.err).doesNotContain("\tat ", "Exception");
    assertThat(run.out).endsWith("0 errors, 0 warnings in 2 files\n");
  }

  @Test
  void exits_2_with_one_line_for_the_classic_billion_laughs() {
    Fixtures.write(dir, "laughs.yaml", Fixtures.BILLION_LAUGHS);

    CliRun run = CliRun.in(dir).run("validate", "laughs.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err.lines()).singleElement().asString().startsWith("error: laughs.yaml:").contains("alias");
  }

  @Test
  void exits_2_with_one_line_for_a_tag_that_asks_for_a_java_object() {
    Fixtures.write(dir, "tagged.yaml", Fixtures.JAVA_TAG);

    CliRun run = CliRun.in(dir).run("validate", "tagged.yaml");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err.lines()).singleElement().asString().startsWith("error: ").contains("tagged.yaml", "tag");
  }

  @Test
  void verbose_adds_the_stack_trace_of_an_unreadable_file() {
    Fixtures.write(dir, "bomb.yaml", Fixtures.ALIAS_BOMB);

    CliRun run = CliRun.in(dir).run("validate", "--verbose", "bomb.yaml");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("reading bomb.yaml\nerror: ").contains("WorkflowYamlException", "\tat ");
  }

  @Test
  void exits_2_for_a_folder_without_descriptors() throws Exception {
    Files.createDirectories(dir.resolve("empty"));

    CliRun run = CliRun.in(dir).run("validate", "empty");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: no *.yaml, *.yml or *.json files in folder 'empty'\n");
  }

  @Test
  void exits_2_for_an_unknown_option() {
    CliRun run = CliRun.in(dir).run("validate", "--strict", "x.yaml");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("error: Unknown option: '--strict'; see 'cortexflow validate --help'\n");
  }
}
