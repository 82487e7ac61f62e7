package dev.cortexflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.sandbox.CortexSandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code diff} prints for an update: the user's file, its lines, its key order and comments. */
class DiffOutputTest {

  private static final String TOKEN = "diff-test-token";

  @TempDir
  Path dir;

  private CortexSandbox sandbox;

  @BeforeEach
  void start_sandbox() {
    sandbox = CortexSandbox.builder().token(TOKEN).build().start();
  }

  @AfterEach
  void stop_sandbox() {
    sandbox.close();
  }

  private CliRun.Builder cli() {
    return CliRun.in(dir).env("CORTEX_API_URL", sandbox.url()).env("CORTEX_API_TOKEN", TOKEN);
  }

  @Test
  void diff_names_the_file_as_given_and_numbers_the_lines_as_the_file_has_them() {
    // given: the live workflow, and a local file with comments, its own key order and one changed value
    Fixtures.write(dir, "flows/notify.yaml", Fixtures.VALID);
    assertThat(cli().run("push", "-q", "flows").exitCode).isZero();
    String edited = "# Posts to Slack after each deploy.\n# owner: team-a\n\n"
        + Fixtures.VALID.replace("name: Notify on deploy\ntag: notify-on-deploy\n",
            "tag: notify-on-deploy\nname: Notify on deploy\n")
        .replace("  schema:\n    type: SLACK\n", "  # the team channel\n  schema:\n    type: SLACK\n")
        .replace("channel: deploys", "channel: releases  # moved in May");
    Fixtures.write(dir, "flows/notify.yaml", edited);

    // when
    CliRun run = cli().run("diff", "./flows/notify.yaml");

    // then
    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEqualTo("""
        ~ update notify-on-deploy
        --- live/notify-on-deploy
        +++ ./flows/notify.yaml
        @@ -22,7 +22,7 @@
           # the team channel
           schema:
             type: SLACK
        -    channel: deploys
        +    channel: releases  # moved in May
             message: 'Done: {{actions.shape.outputs.result}}'
           outgoingActions: []
           isRootAction: false
        Plan: 0 to create, 1 to update, 0 unchanged, 0 prune candidates
        """);
    assertThat(edited.lines().toList().get(24)).isEqualTo("    channel: releases  # moved in May");
  }

  @Test
  void diff_marks_a_one_character_change_inside_a_long_jq_line_on_one_line() {
    // given: a 411-character jq line, live with 5 and local with 6
    String jq = "    expression: '[.items[] | select(.status == \"open\" and .priority >= 5) | {id, title, owner:"
        + " .assignee.login, labels: [.labels[].name], age: (now - (.created_at | fromdate)) / 86400 | floor}]"
        + " | sort_by(.age) | reverse | .[0:5] | map(select(.labels | index(\"blocked\") | not)) | group_by(.owner)"
        + " | map({owner: .[0].owner, count: length, oldest: (map(.age) | max)}) | sort_by(-.count) | .[0:10]"
        + " | map(.owner)   '";
    assertThat(jq).hasSize(411);
    String live = Fixtures.VALID.replace("    expression: .", jq);
    Fixtures.write(dir, "flows/notify.yaml", live);
    assertThat(cli().run("push", "-q", "flows").exitCode).isZero();
    Fixtures.write(dir, "flows/notify.yaml", live.replace(">= 5)", ">= 6)"));

    // when
    CliRun run = cli().run("diff", "flows");

    // then
    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEqualTo("""
        ~ update notify-on-deploy
        --- live/notify-on-deploy
        +++ flows/notify.yaml
        @@ -10,7 +10,7 @@
           slug: shape
           schema:
             type: JQ
        ~…n" and .priority >= [-5-]{+6+}) | {id, title, owne…
           outgoingActions:
           - notify
           isRootAction: true
        Plan: 0 to create, 1 to update, 0 unchanged, 0 prune candidates
        """);
  }
}
