package dev.cortexflow.dsl;

import static dev.cortexflow.dsl.Blocks.jq;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.expr.Expr.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.Workflows;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.CompoundFilter;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.EntityGroupFilter;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.RestrictionType;
import dev.cortexflow.model.RunRestriction;
import dev.cortexflow.model.TypeFilter;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.Jq;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowBuilderTest {

  @Test
  void single_block_workflow_has_one_root_and_defaults() {
    Workflow wf = Workflows.workflow("hello", "Hello").global().startWith(jq("say", "Say", ".")).build();

    assertThat(wf).isEqualTo(Workflow.builder().tag("hello").name("Hello").filter(GlobalFilter.of())
        .addAction(Block.builder().slug("say").name("Say").schema(Jq.of(".")).isRootAction(true).build()).build());
  }

  @Test
  void sets_every_optional_top_level_field() {
    Var<String> env = Var.string("environment").defaultValue("staging");

    Workflow wf = Workflows.workflow("deploy", "Deploy")
        .entityScoped(OwnershipScope.OWNER, EntityScope.types("service").groups("payments").excludingGroups("old"))
        .startWith(jq("a", "A", "."), a -> a.then(slack("b", "B", "deploys", template("to {}", env))))
        .description("Deploys").draft().variables(env).addVariable(Variable.of("raw", VariableType.OBJECT))
        .runnableViaApi().restrictRunToUsers("u1").restrictRunToTeams("t1").restrictRunToRoles("r1")
        .restrictActionCompletionToRunnerUser().runResponseTemplate(template("Done: {}", env))
        .failedRunResponseTemplate("Failed").iconTag("Airplane").customField("owner", "platform")
        .build();

    assertThat(wf.filter()).isEqualTo(EntityFilter.builder().ownershipScope(OwnershipScope.OWNER)
        .entityFilter(CompoundFilter.builder().typeFilter(TypeFilter.of(List.of("service")))
            .entityGroupFilter(EntityGroupFilter.builder().addEntityGroup("payments").addExcludedEntityGroup("old")
                .build()).build()).build());
    assertThat(wf.description()).contains("Deploys");
    assertThat(wf.isDraft()).isTrue();
    assertThat(wf.variables()).containsExactly(env.toVariable(), Variable.of("raw", VariableType.OBJECT));
    assertThat(wf.isRunnableViaApi()).contains(true);
    assertThat(wf.runRestrictionPolicies()).containsExactly(RunRestriction.of(RestrictionType.USER, "u1"),
        RunRestriction.of(RestrictionType.TEAM, "t1"), RunRestriction.of(RestrictionType.CUSTOM_ROLE, "r1"));
    assertThat(wf.restrictActionCompletionToRunnerUser()).isTrue();
    assertThat(wf.runResponseTemplate()).contains("Done: {{variables.environment}}");
    assertThat(wf.failedRunResponseTemplate()).contains("Failed");
    assertThat(wf.iconTag()).contains("Airplane");
    assertThat(wf.extensions()).containsEntry("owner", JsonValue.of("platform"));
    assertThat(wf.actions()).extracting(Block::slug).containsExactly("a", "b");
    assertThat(wf.block("a").orElseThrow().outgoingActions()).containsExactly("b");
  }

  @Test
  void entity_scope_without_filter_sets_only_the_ownership_scope() {
    Workflow wf = Workflows.workflow("w", "W").entityScoped(OwnershipScope.ALL).startWith(jq("a", "A", ".")).build();

    assertThat(wf.filter()).isEqualTo(EntityFilter.builder().ownershipScope(OwnershipScope.ALL).build());
  }

  @Test
  void output_handles_read_the_block_they_belong_to() {
    String[] rendered = new String[1];
    Workflows.workflow("w", "W").global()
        .startWith(jq("parse-repo", "Parse", "."), parse -> rendered[0] = parse.output("result").field("owner").jq());

    assertThat(rendered[0]).isEqualTo(".actions.\"parse-repo\".outputs.result.owner");
  }

  @Test
  void rejects_invalid_tags_and_settings_given_twice() {
    assertThatThrownBy(() -> Workflows.workflow("my tag", "T"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tag 'my tag' is not valid: use letters, digits and hyphens");
    assertThatThrownBy(() -> Workflows.workflow("t", "T").global().startWith(jq("a", "A", "."))
        .description("x").description("y"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("description of workflow 't' is already set to 'x', so 'y' would replace it: call "
            + "description(...) once");
  }
}
