package dev.cortexflow.expr;

import static dev.cortexflow.expr.Expr.action;
import static dev.cortexflow.expr.Expr.callbackUrl;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.secretRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RefTest {

  @Test
  void block_output_renders_in_every_syntax() {
    Ref version = action("choose").field("version");

    assertThat(version.mustache()).isEqualTo("{{actions.choose.outputs.version}}");
    assertThat(version.mustacheRaw()).isEqualTo("{{{actions.choose.outputs.version}}}");
    assertThat(version.jq()).isEqualTo(".actions.\"choose\".outputs.version");
    assertThat(version.cel()).isEqualTo("actions[\"choose\"].outputs.version");
    assertThat(version.js()).isEqualTo("actions[\"choose\"].outputs.version");
    assertThat(version.path()).isEqualTo("actions.choose.outputs.version");
  }

  @Test
  void hyphenated_slugs_and_keys_are_quoted_in_jq_cel_and_js_only() {
    Ref owner = action("parse-repo").field("result").field("repo-owner");

    assertThat(owner.mustache()).isEqualTo("{{actions.parse-repo.outputs.result.repo-owner}}");
    assertThat(owner.jq()).isEqualTo(".actions.\"parse-repo\".outputs.result.\"repo-owner\"");
    assertThat(owner.cel()).isEqualTo("actions[\"parse-repo\"].outputs.result[\"repo-owner\"]");
    assertThat(owner.js()).isEqualTo("actions[\"parse-repo\"].outputs.result[\"repo-owner\"]");
    assertThat(owner.path()).isEqualTo("actions.parse-repo.outputs.result.repo-owner");
  }

  @Test
  void remembers_the_block_it_reads() {
    assertThat(action("get-entity").field("body").blockSlug()).contains("get-entity");
    assertThat(Var.string("env").ref().blockSlug()).isEmpty();
    assertThat(context().entity().tag().blockSlug()).isEmpty();
  }

  @Test
  void variable_renders_with_quotes_only_when_hyphenated() {
    Ref env = Var.string("environment").ref();
    Ref owner = Var.string("github-owner").ref();

    assertThat(env.mustache()).isEqualTo("{{variables.environment}}");
    assertThat(env.jq()).isEqualTo(".variables.environment");
    assertThat(env.cel()).isEqualTo("variables.environment");
    assertThat(owner.jq()).isEqualTo(".variables.\"github-owner\"");
    assertThat(owner.cel()).isEqualTo("variables[\"github-owner\"]");
    assertThat(owner.variableSlug()).contains("github-owner");
  }

  @Test
  void context_references_render_their_state_paths() {
    assertThat(context().initiatedBy().name().mustache()).isEqualTo("{{context.initiatedBy.name}}");
    assertThat(context().initiatedBy().email().jq()).isEqualTo(".context.initiatedBy.email");
    assertThat(context().initiatedBy().identityMapping("github").path())
        .isEqualTo("context.initiatedBy.identityMappings.github");
    assertThat(context().entity().tag().cel()).isEqualTo("context.entity.tag");
    assertThat(context().entity().name().path()).isEqualTo("context.entity.name");
    assertThat(context().entity().id().path()).isEqualTo("context.entity.id");
    assertThat(context().entity().descriptor("info", "x-cortex-git").jq())
        .isEqualTo(".context.entity.descriptor.info.\"x-cortex-git\"");
    assertThat(context().workflowRunId().mustache()).isEqualTo("{{context.workflowRunId}}");
    assertThat(context().initiatedAt().path()).isEqualTo("context.initiatedAtIso8601Timestamp");
    assertThat(context().initialContext("repo").js()).isEqualTo("context.initialContext.repo");
  }

  @Test
  void secrets_and_callback_url_render_raw_for_headers_and_json() {
    assertThat(secretRef("cortex-api-key").mustacheRaw()).isEqualTo("{{{context.secrets.cortex-api-key}}}");
    assertThat(secretRef("cortex_api_key").jq()).isEqualTo(".context.secrets.cortex_api_key");
    assertThat(callbackUrl().mustacheRaw()).isEqualTo("{{{callbackUrl}}}");
    assertThat(callbackUrl().mustache()).isEqualTo("{{callbackUrl}}");
  }

  @Test
  void rejects_keys_that_would_break_the_syntax() {
    assertThatThrownBy(() -> action("a").field("x}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key 'x}}' is not valid: use a non-empty key without braces or quotes");
  }

  @Test
  void equal_references_are_equal_values() {
    assertThat(action("a").field("x")).isEqualTo(action("a").field("x")).hasToString("actions.a.outputs.x");
    assertThat(action("a").field("x")).isNotEqualTo(action("b").field("x"));
  }
}
