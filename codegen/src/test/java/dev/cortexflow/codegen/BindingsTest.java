package dev.cortexflow.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.integrations.cortex.CreateOrUpdateEntity;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.Blocks;
import dev.cortexflow.expr.Expr;
import dev.cortexflow.integrations.github.CreateBranch;
import dev.cortexflow.integrations.github.CreatePullRequest;
import dev.cortexflow.integrations.github.GetFile;
import dev.cortexflow.integrations.gitlab.CreateApprovalRule;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.AdvancedHttpRequest;
import dev.cortexflow.model.block.Slack;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed, generated bindings build the schema their catalogue entry describes. */
class BindingsTest {

  @Test
  void string_setters_set_the_snake_case_input_keys() {
    // when
    AdvancedHttpRequest schema = CreateBranch.builder()
        .repo("acme/payments")
        .newBranch("{{variables.branch}}")
        .sha("abc123")
        .integrationAlias("acme-github")
        .build();

    // then
    assertThat(schema.actionIdentifier()).isEqualTo("github.createBranch");
    assertThat(schema.type()).isEqualTo("ADVANCED_HTTP_REQUEST");
    assertThat(schema.inputs()).containsExactly(
        Map.entry("repo", JsonValue.of("acme/payments")),
        Map.entry("new_branch", JsonValue.of("{{variables.branch}}")),
        Map.entry("sha", JsonValue.of("abc123")));
    assertThat(schema.integrationAlias()).contains("acme-github");
  }

  @Test
  void typed_setters_write_json_booleans_integers_and_enum_names() {
    // when
    AdvancedHttpRequest entity = CreateOrUpdateEntity.builder()
        .body("info: {}")
        .mode(CreateOrUpdateEntity.Mode.UPSERT)
        .dryRun(true)
        .build();
    AdvancedHttpRequest rule = CreateApprovalRule.builder()
        .project("acme/payments")
        .ruleName("two reviewers")
        .approvalsRequired(2)
        .build();

    // then
    assertThat(entity.inputs()).containsEntry("mode", JsonValue.of("UPSERT"))
        .containsEntry("dryRun", JsonValue.of(true));
    assertThat(entity.integrationAlias()).isEmpty();
    assertThat(rule.inputs()).containsEntry("approvals_required", JsonValue.of(2));
  }

  @Test
  void typed_inputs_also_accept_templates_as_strings() {
    // when
    AdvancedHttpRequest schema = CreateOrUpdateEntity.builder()
        .mode("{{variables.mode}}")
        .dryRun("{{variables.dry-run}}")
        .build();

    // then
    assertThat(schema.inputs()).containsEntry("mode", JsonValue.of("{{variables.mode}}"))
        .containsEntry("dryRun", JsonValue.of("{{variables.dry-run}}"));
  }

  @Test
  void custom_inputs_set_keys_the_catalogue_lacks() {
    // when
    AdvancedHttpRequest schema = CreateBranch.builder()
        .repo("acme/payments")
        .newBranch("release")
        .sha("abc123")
        .customInput("protected", JsonValue.of(true))
        .customInput("note", "hello")
        .build();

    // then
    assertThat(schema.inputs()).containsExactly(
        Map.entry("repo", JsonValue.of("acme/payments")),
        Map.entry("new_branch", JsonValue.of("release")),
        Map.entry("sha", JsonValue.of("abc123")),
        Map.entry("protected", JsonValue.of(true)),
        Map.entry("note", JsonValue.of("hello")));
  }

  @Test
  void build_without_a_required_input_names_the_action_and_the_input() {
    assertThatThrownBy(() -> CreateBranch.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("input 'repo' of action 'github.createBranch' is required: set it with repo(...) before build()");
    assertThatThrownBy(() -> CreateBranch.builder().repo("acme/payments").newBranch("release").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("input 'sha' of action 'github.createBranch' is required: set it with sha(...) before build()");
  }

  @Test
  void a_required_input_may_be_set_as_a_custom_input() {
    // when
    AdvancedHttpRequest schema = CreateBranch.builder()
        .customInput("repo", "acme/payments")
        .customInput("new_branch", JsonValue.of("release"))
        .customInput("sha", Expr.variable("sha"))
        .build();

    // then
    assertThat(schema.inputs()).containsExactly(
        Map.entry("repo", JsonValue.of("acme/payments")),
        Map.entry("new_branch", JsonValue.of("release")),
        Map.entry("sha", JsonValue.of("{{variables.sha}}")));
  }

  @Test
  void an_action_no_public_descriptor_uses_has_no_required_inputs() {
    // when
    AdvancedHttpRequest schema = CreatePullRequest.builder().build();

    // then
    assertThat(schema.inputs()).isEmpty();
  }

  @Test
  void known_outputs_are_references_to_the_blocks_outputs() {
    // when
    Workflow workflow = Workflows.workflow("read-readme", "Read README").global()
        .startWith(Blocks.block("get-file", "Get file",
            GetFile.builder().repo("acme/payments").path("README.md").build()), file -> file
            .then(Blocks.slack("notify", "Notify", "ops",
                Expr.template("Found {}", GetFile.outputs(file).response()))))
        .build();

    // then
    assertThat(((Slack) workflow.actions().get(1).schema()).message())
        .isEqualTo("Found {{actions.get-file.outputs.response}}");
  }

  @Test
  void setting_an_input_twice_names_the_input_and_the_action() {
    // given
    CreateBranch builder = CreateBranch.builder().newBranch("a");

    // then
    assertThatThrownBy(() -> builder.customInput("new_branch", "b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("input 'new_branch' of action 'github.createBranch' is already set: set each input once");
  }

  @Test
  void setting_the_alias_twice_names_the_action() {
    // given
    CreateBranch builder = CreateBranch.builder().integrationAlias("a");

    // then
    assertThatThrownBy(() -> builder.integrationAlias("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("integrationAlias of action 'github.createBranch' is already set: set it once");
  }

  @Test
  void rejects_null_values_naming_the_setter() {
    assertThatThrownBy(() -> CreateBranch.builder().newBranch((CharSequence) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("newBranch");
  }

  @Test
  void carries_the_class_retention_generated_annotation_and_header() {
    // given
    JavaSource source = BindingGenerator.bundled().generate().stream()
        .filter(s -> s.qualifiedName().equals("dev.cortexflow.integrations.github.CreateBranch"))
        .findFirst().orElseThrow();

    // then
    assertThat(source.text()).startsWith("// Generated by cortex-workflows-codegen from integrations.yaml"
        + " (catalogue version 1). Do not edit.\n");
    assertThat(source.text()).contains("@Generated(\n    from = \"integrations.yaml\",\n"
        + "    generator = \"cortex-workflows-codegen\"\n)");
    assertThat(CreateBranch.class.getAnnotations()).as("CLASS retention is invisible to reflection").isEmpty();
  }
}
