package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.branch;
import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.path;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.TextInput;
import org.junit.jupiter.api.Test;

class ReferenceRuleTest {

  @Test
  void rejects_a_reference_to_a_block_that_does_not_exist() {
    var wf = workflow(root("start", "notify"), block("notify", Slack.builder().channel("ops")
        .message("Deployed {{actions.deplyo.outputs.version}}").build()));
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.UNKNOWN_ACTION_REFERENCE,
        "/actions/1/schema/message", "block 'notify' (actions[1]): schema.message reads"
            + " actions.deplyo.outputs.version, but no block has the slug 'deplyo' (known: notify, start)"));
  }

  @Test
  void rejects_reading_a_block_that_runs_after_the_reader() {
    var wf = workflow(root("read", "write").withSchema(Jq.of(".actions.write.outputs.result")), jq("write"));
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.NOT_UPSTREAM,
        "/actions/0/schema/expression", "block 'read' (actions[0]): schema.expression reads"
            + " actions.write.outputs.result, but 'write' never runs before 'read': read it in a block that runs"
            + " after 'write'"));
  }

  @Test
  void rejects_reading_a_block_on_a_sibling_path() {
    // given: b (path p2) reads a (path p1)
    var route = branch("route", null, path("p1", "a"), path("p2", "b")).withIsRootAction(true);
    var b = jq("b").withSchema(Jq.of(".actions.a.outputs.result"));

    // then
    assertThat(violations(workflow(route, jq("a"), b))).extracting(Violation::code, Violation::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ViolationCode.NOT_UPSTREAM, Severity.ERROR));
  }

  @Test
  void warns_when_the_block_runs_on_only_some_paths_to_the_reader() {
    // given: merge reads a, which only path p1 runs
    var route = branch("route", "merge", path("p1", "a"), path("p2", "b")).withIsRootAction(true);
    var merge = jq("merge").withSchema(Jq.of("actions[\"a\"].outputs.result"));

    // then
    assertThat(violations(workflow(route, jq("a", "merge"), jq("b", "merge"), merge))).containsExactly(
        Violation.warning(ViolationCode.NOT_UPSTREAM, "/actions/3/schema/expression", "block 'merge' (actions[3]):"
            + " schema.expression reads actions.a.outputs.result, but 'a' runs before 'merge' on only some paths,"
            + " so the value may be missing: read it only on the paths through 'a'"));
  }

  @Test
  void accepts_reading_a_block_that_runs_before_on_every_path() {
    var route = branch("route", "merge", path("p1", "a"), path("p2", "b")).withIsRootAction(true);
    var merge = jq("merge").withSchema(Jq.of(".actions.route.outputs | .actions.\"route\""));
    var start = root("start", "route");
    assertThat(violations(workflow(start, route.withIsRootAction(false), jq("a", "merge"), jq("b", "merge"),
        merge.withSchema(Jq.of(".actions.start.outputs.result"))))).isEmpty();
  }

  @Test
  void rejects_a_block_reading_its_own_outputs() {
    var wf = workflow(root("self").withSchema(Jq.of(".actions.self.outputs.result")));
    assertThat(violations(wf)).extracting(Violation::message).containsExactly("block 'self' (actions[0]):"
        + " schema.expression reads actions.self.outputs.result, its own state, which exists only after it has run:"
        + " read it in a later block");
  }

  @Test
  void lets_a_form_validator_read_its_own_values() {
    var form = block("form", UserInput.builder().addInputs(TextInput.builder().key("v").name("V").build())
        .jsValidatorScript("return actions.form.outputs.v.length > 0;").build()).withIsRootAction(true);
    assertThat(violations(workflow(form))).isEmpty();
  }

  @Test
  void lets_response_templates_read_any_block_even_on_one_path() {
    var route = branch("route", null, path("p1", "a"), path("p2", "b")).withIsRootAction(true);
    var wf = workflow(route, jq("a"), jq("b")).runResponseTemplate("{{actions.a.outputs.result}}")
        .failedRunResponseTemplate("{{actions.b.outputs.result}} {{actions.nope.outputs.x}}");
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.UNKNOWN_ACTION_REFERENCE,
        "/failedRunResponseTemplate", "failedRunResponseTemplate reads actions.nope.outputs.x, but no block has"
            + " the slug 'nope' (known: a, b, route)"));
  }
}
