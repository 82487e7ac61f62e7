package dev.cortexflow.testing;

import static dev.cortexflow.testing.CortexflowAssertions.assertThat;
import static dev.cortexflow.testing.TestWorkflows.jq;
import static dev.cortexflow.testing.TestWorkflows.root;
import static dev.cortexflow.testing.TestWorkflows.workflow;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.Slack;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class BlockAssertTest {

  private final Workflow deploy = TestWorkflows.deploy();

  @Test
  void is_of_type_compares_the_schema_type() {
    assertThat(deploy).hasBlock("deploy-prod").isOfType("HTTP_REQUEST");

    assertThatThrownBy(() -> assertThat(deploy).hasBlock("announce").isOfType("MS_TEAMS_SEND_MESSAGE"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting block 'announce' of workflow 'deploy' to be of type 'MS_TEAMS_SEND_MESSAGE' but it is"
            + " of type 'SLACK'");
  }

  @Test
  void is_root_names_the_actual_root() {
    assertThat(deploy).hasBlock("choose").isRoot();

    assertThatThrownBy(() -> assertThat(deploy).hasBlock("approve").isRoot())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting block 'approve' of workflow 'deploy' to be the root block, but the root is 'choose'");
    Workflow rootless = workflow("rootless", jq("a")).build();
    assertThatThrownBy(() -> assertThat(rootless).hasBlock("a").isRoot())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting block 'a' of workflow 'rootless' to be the root block, but the workflow has no root");
  }

  @Test
  void has_successors_includes_branch_paths_in_any_order() {
    assertThat(deploy).hasBlock("route").hasSuccessors("deploy-staging", "deploy-prod")
        .and().hasBlock("choose").hasSuccessors("approve");

    assertThatThrownBy(() -> assertThat(deploy).hasBlock("route").hasSuccessors("deploy-prod"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting block 'route' of workflow 'deploy' to have successors ['deploy-prod'], but it has"
            + " ['deploy-prod', 'deploy-staging']");
    assertThatThrownBy(() -> assertThat(deploy).hasBlock("announce").hasSuccessors("choose"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting block 'announce' of workflow 'deploy' to have successors ['choose'], but it has none");
  }

  @Test
  void has_no_successors_holds_for_the_end_block_only() {
    assertThat(deploy).hasBlock("announce").hasNoSuccessors();

    assertThatThrownBy(() -> assertThat(deploy).hasBlock("approve").hasNoSuccessors())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting block 'approve' of workflow 'deploy' to have no successors, but it has ['route']");
  }

  @Test
  void reads_from_finds_references_to_another_blocks_outputs() {
    assertThat(deploy).hasBlock("announce").readsFrom("choose");

    assertThatThrownBy(() -> assertThat(deploy).hasBlock("announce").readsFrom("approve"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting block 'announce' of workflow 'deploy' to read from block 'approve', but it reads from"
            + " ['choose']");
    assertThatThrownBy(() -> assertThat(deploy).hasBlock("deploy-prod").readsFrom("choose"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting block 'deploy-prod' of workflow 'deploy' to read from block 'choose', but it reads no"
            + " block's outputs");
  }

  @Test
  void reads_from_sees_jq_references_too() {
    Workflow jqReader = workflow("jq-reader", root("form", "shape"),
        TestWorkflows.block("shape", dev.cortexflow.model.block.Jq.of(".actions.\"form\".outputs.name"))).build();

    assertThat(jqReader).hasBlock("shape").readsFrom("form");
  }

  @Test
  void has_schema_satisfying_casts_and_runs_the_requirements() {
    assertThat(deploy).hasBlock("deploy-prod").hasSchemaSatisfying(HttpRequest.class, http -> {
      Assertions.assertThat(http.httpMethod()).isEqualTo(HttpMethod.POST);
      Assertions.assertThat(http.url()).isEqualTo("https://prod.example.com/deploy");
    });

    assertThatThrownBy(() -> assertThat(deploy).hasBlock("deploy-prod").hasSchemaSatisfying(Slack.class, s -> {}))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting block 'deploy-prod' of workflow 'deploy' to have a Slack schema, but it has a"
            + " HTTP_REQUEST schema");
    assertThatThrownBy(() -> assertThat(deploy).hasBlock("announce").hasSchemaSatisfying(Slack.class,
            slack -> Assertions.assertThat(slack.channel()).as("channel").isEqualTo("releases")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[channel]");
  }

  @Test
  void and_returns_to_the_workflow() {
    assertThat(deploy).hasBlock("choose").isRoot().and().hasBlock("announce").hasNoSuccessors().and()
        .hasTag("deploy");
  }
}
