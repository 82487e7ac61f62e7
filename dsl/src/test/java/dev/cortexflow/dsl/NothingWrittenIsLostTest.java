package dev.cortexflow.dsl;

import static dev.cortexflow.dsl.Blocks.branch;
import static dev.cortexflow.dsl.Blocks.httpRequest;
import static dev.cortexflow.dsl.Blocks.jq;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.dsl.Blocks.userInput;
import static dev.cortexflow.dsl.Inputs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.Workflows;
import dev.cortexflow.expr.Cel;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A handle, a block spec or a form field never takes a setting that would not reach the built workflow. */
class NothingWrittenIsLostTest {

  @Test
  void a_handle_kept_after_its_workflow_was_built_refuses_to_add_blocks() {
    AtomicReference<BlockRef> kept = new AtomicReference<>();
    Workflow first = Workflows.workflow("first", "First").global()
        .startWith(jq("a", "A", "."), kept::set).build();

    assertThatThrownBy(() -> kept.get().then(jq("b", "B", ".")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("block 'a' belongs to workflow 'first', whose flow is complete: add blocks inside that "
            + "workflow's startWith(...)");
    assertThat(first.actions()).hasSize(1);
  }

  @Test
  void a_handle_of_one_workflow_refuses_to_add_blocks_while_another_workflow_is_built() {
    AtomicReference<BlockRef> kept = new AtomicReference<>();
    Workflows.workflow("first", "First").global().startWith(jq("a", "A", "."), kept::set).build();

    assertThatThrownBy(() -> Workflows.workflow("second", "Second").global()
        .startWith(jq("x", "X", "."), x -> kept.get().then(jq("b", "B", "."))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("block 'a' belongs to workflow 'first', whose flow is complete: add blocks inside that "
            + "workflow's startWith(...)");
  }

  @Test
  void a_handle_of_an_enclosing_workflow_refuses_to_add_blocks_to_a_workflow_built_inside_its_flow() {
    assertThatThrownBy(() -> Workflows.workflow("outer", "Outer").global()
        .startWith(jq("a", "A", "."), outer -> Workflows.workflow("inner", "Inner").global()
            .startWith(jq("x", "X", "."), inner -> outer.then(jq("b", "B", ".")))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("block 'a' belongs to workflow 'outer', not to workflow 'inner' being built: continue from "
            + "a handle of 'inner'");
  }

  @Test
  void a_path_of_an_enclosing_workflow_refuses_to_add_blocks_to_a_workflow_built_inside_its_body() {
    Var<String> env = Var.string("env");
    assertThatThrownBy(() -> Workflows.workflow("outer", "Outer").global()
        .startWith(branch("route", "Route").when("prod", "Prod", Cel.eq(env, "prod"),
                outer -> Workflows.workflow("inner", "Inner").global()
                    .startWith(jq("x", "X", "."), inner -> outer.then(jq("b", "B", "."))))
            .otherwise("other", "Other", p -> { }).joinAt(jq("end", "End", ".")), end -> { }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("path 'prod' of branch 'route' belongs to workflow 'outer', not to workflow 'inner' being "
            + "built: continue from a handle of 'inner'");
  }

  @Test
  void a_reference_of_another_workflow_is_refused_even_where_this_workflow_has_a_block_of_that_slug() {
    AtomicReference<BlockRef> theirs = new AtomicReference<>();
    Workflows.workflow("first", "First").global().startWith(jq("deploy", "Deploy", "."), theirs::set).build();

    assertThatThrownBy(() -> Workflows.workflow("second", "Second").global()
        .startWith(jq("deploy", "Deploy", "."), mine -> mine.then(slack("say", "Say", "deploys",
            dev.cortexflow.expr.Expr.template("{}", theirs.get().output("result"))))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("reference actions.deploy.outputs.result reads block 'deploy' of workflow 'first', not of "
            + "workflow 'second' being built: read outputs through a handle of 'second'");
  }

  @Test
  void a_reference_of_another_workflow_is_refused_in_a_condition_and_in_a_jq_program() {
    AtomicReference<BlockRef> theirs = new AtomicReference<>();
    Workflows.workflow("first", "First").global().startWith(jq("check", "Check", "."), theirs::set).build();

    assertThatThrownBy(() -> Workflows.workflow("second", "Second").global()
        .startWith(jq("check", "Check", "."), mine -> Cel.isTrue(theirs.get().output("result"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("reference actions.check.outputs.result reads block 'check' of workflow 'first'");
    assertThatThrownBy(() -> Workflows.workflow("third", "Third").global()
        .startWith(jq("check", "Check", "."), mine -> dev.cortexflow.expr.Expr.jqTemplate("{}",
            theirs.get().ref())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("reference actions.check.outputs reads block 'check' of workflow 'first', not of "
            + "workflow 'third'");
  }

  @Test
  void a_reference_read_through_a_handle_of_this_workflow_renders_as_usual_also_after_the_flow() {
    AtomicReference<BlockRef> form = new AtomicReference<>();
    Workflow workflow = Workflows.workflow("wf", "Workflow").global()
        .startWith(userInput("ask", "Ask", text("version", "Version")), f -> {
          form.set(f);
          f.then(slack("say", "Say", "deploys", dev.cortexflow.expr.Expr.template("{}", f.output("version"))));
        })
        .runResponseTemplate(dev.cortexflow.expr.Expr.template("Got {}", form.get().output("version")))
        .build();

    assertThat(workflow.runResponseTemplate()).contains("Got {{actions.ask.outputs.version}}");
  }

  @Test
  void a_setter_called_on_a_block_after_it_joined_the_flow_throws_naming_the_block_and_its_workflow() {
    HttpRequestBlock call = httpRequest("call", "Call", HttpMethod.GET, "https://example.com");
    Workflows.workflow("wf", "Workflow").global()
        .startWith(jq("a", "A", "."), a -> a.then(call)).build();

    assertThatThrownBy(() -> call.header("Accept", "application/json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("block 'call' is already in the flow of workflow 'wf': configure a block before passing it "
            + "to then(...) or startWith(...)");
    assertThatThrownBy(() -> call.payload("{}")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> call.customField("k", "v")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> call.customBlockField("k", "v")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_setter_called_on_a_root_or_join_block_after_it_joined_the_flow_throws() {
    SlackBlock root = slack("say", "Say", "general", "Hi");
    SlackBlock join = slack("done", "Done", "general", "Done");
    Var<String> env = Var.string("env");
    Workflows.workflow("wf", "Workflow").global().startWith(root, r -> r
        .then(branch("route", "Route").when("prod", "Prod", Cel.eq(env, "prod"), p -> { })
            .otherwise("other", "Other", p -> { }).joinAt(join))).variables(env).build();

    assertThatThrownBy(() -> root.customField("k", "v")).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("block 'say' is already in the flow of workflow 'wf'");
    assertThatThrownBy(() -> join.customField("k", "v")).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("block 'done' is already in the flow of workflow 'wf'");
  }

  @Test
  void a_setter_called_on_a_form_field_after_it_joined_a_form_throws_naming_the_field_and_the_block() {
    TextField version = text("version", "Version");
    UserInputBlock form = userInput("choose", "Choose", version);

    assertThatThrownBy(version::required)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("field 'version' is already in the form of block 'choose': configure a field before passing "
            + "it to fields(...)");
    assertThatThrownBy(() -> version.description("d")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> version.customField("k", "v")).isInstanceOf(IllegalStateException.class);
    assertThat(form.slug()).isEqualTo("choose");
  }

  @Test
  void a_block_configured_before_it_joins_the_flow_keeps_every_setting() {
    HttpRequestBlock call = httpRequest("call", "Call", HttpMethod.GET, "https://example.com")
        .header("Accept", "application/json");
    Workflow workflow = Workflows.workflow("wf", "Workflow").global().startWith(call).build();

    assertThat(workflow.actions().get(0).schema().toString()).contains("Accept");
  }

  @Test
  void a_form_handle_refuses_an_output_that_is_no_field_of_its_form() {
    assertThatThrownBy(() -> Workflows.workflow("wf", "Workflow").global()
        .startWith(userInput("choose", "Choose", text("version", "Version"), text("env", "Env")),
            form -> form.then(slack("say", "Say", "deploys", dev.cortexflow.expr.Expr.template("{}",
                form.output("verison"))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block 'choose' has no output 'verison': its form has the fields env, version");
  }

  @Test
  void a_jq_handle_refuses_an_output_other_than_result() {
    assertThatThrownBy(() -> Workflows.workflow("wf", "Workflow").global()
        .startWith(jq("parse", "Parse", "."), parse -> parse.output("body")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block 'parse' has no output 'body': a JQ block has only the output 'result'");
  }

  @Test
  void build_reports_a_form_output_read_through_the_spec_that_is_no_field_of_the_form() {
    UserInputBlock choose = userInput("choose", "Choose", text("version", "Version"));
    assertThatThrownBy(() -> Workflows.workflow("wf", "Workflow").global()
        .startWith(choose, form -> form.then(slack("say", "Say", "deploys",
            dev.cortexflow.expr.Expr.template("{}", choose.output("release"))))).build())
        .isInstanceOf(dev.cortexflow.validate.WorkflowValidationException.class)
        .hasMessageContaining("UNKNOWN_OUTPUT_KEY")
        .hasMessageContaining("the form of 'choose' has no field 'release' (keys: version)");
  }

  private static WorkflowBuilder readsABlockRunOnOnlySomePaths() {
    Var<String> env = Var.string("env");
    return Workflows.workflow("wf", "Workflow").global()
        .startWith(branch("route", "Route")
            .when("prod", "Prod", Cel.eq(env, "prod"), p -> p.then(jq("only-prod", "Only prod", ".")))
            .otherwise("other", "Other", p -> { })
            .joinAt(slack("done", "Done", "deploys", dev.cortexflow.expr.Expr.template("{}",
                dev.cortexflow.expr.Expr.action("only-prod").field("result")))), end -> { })
        .variables(env);
  }

  @Test
  void build_keeps_warnings_out_of_the_way_but_report_lists_them() {
    assertThat(readsABlockRunOnOnlySomePaths().build().actions()).isNotEmpty();
    assertThat(readsABlockRunOnOnlySomePaths().report().warnings())
        .extracting(dev.cortexflow.validate.Violation::code)
        .containsExactly(dev.cortexflow.validate.ViolationCode.NOT_UPSTREAM);
  }

  @Test
  void build_strict_fails_on_a_warning_naming_it() {
    assertThatThrownBy(() -> readsABlockRunOnOnlySomePaths().buildStrict())
        .isInstanceOf(dev.cortexflow.validate.WorkflowValidationException.class)
        .hasMessageContaining("Workflow 'wf' has 1 problem:")
        .hasMessageContaining("WARNING NOT_UPSTREAM")
        .hasMessageContaining("runs before 'done' on only some paths");
  }
}
