package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.block.GithubCreateOrUpdateFile;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.BlockType;
import dev.cortexflow.model.block.BlockTypes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplatedAliasRuleTest {

  @Test
  void rejects_a_templated_integration_alias() {
    var wf = workflow(block("call", HttpRequestAsync.builder().url("/x").httpMethod(HttpMethod.POST)
        .integrationAlias("{{variables.alias}}").build()).withIsRootAction(true))
        .addVariables(Variable.of("alias", VariableType.STRING));
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.TEMPLATED_ALIAS,
        "/actions/0/schema/integrationAlias", "block 'call' (actions[0]): schema.integrationAlias"
            + " '{{variables.alias}}' is templated, but Cortex only accepts a literal alias: name the integration"
            + " configuration itself"));
  }

  @Test
  void rejects_a_templated_github_alias() {
    var wf = workflow(block("file", GithubCreateOrUpdateFile.builder().alias("{{context.secrets.a}}")
        .repositoryName("o/r").path("p").content("c").commitMessage("m").build()).withIsRootAction(true));
    assertThat(violations(wf)).extracting(Violation::pointer).containsExactly("/actions/0/schema/alias");
  }

  /** Every alias field of the descriptor table: a configuration name, never a template. */
  static List<Arguments> aliasFields() {
    return BlockTypes.ALL.stream().flatMap(t -> t.fields().stream()
        .filter(f -> f.key().equals("alias") || f.key().equals("integrationAlias"))
        .map(f -> Arguments.of(t, f.key()))).toList();
  }

  @Test
  void the_alias_fields_are_those_of_the_http_github_and_jira_blocks() {
    assertThat(aliasFields()).extracting(a -> a.get()[0] + "." + a.get()[1]).containsExactly(
        "HTTP_REQUEST.integrationAlias", "ADVANCED_HTTP_REQUEST.integrationAlias",
        "HTTP_REQUEST_ASYNC.integrationAlias", "GITHUB_CREATE_OR_UPDATE_FILE.alias", "JIRA_CREATE_ISSUE.alias");
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("aliasFields")
  void a_templated_alias_in_this_field_of_this_block_type_is_reported_and_a_literal_one_is_not(BlockType<?, ?> type,
      String key) {
    var templated = workflow(block("call", ReferenceInEveryFieldTest.tableBlock(type, key,
        Optional.of("{{context.entity.tag}}"), Map.of())).withIsRootAction(true));
    var literal = workflow(block("call", ReferenceInEveryFieldTest.tableBlock(type, key,
        Optional.of("my-github"), Map.of())).withIsRootAction(true));

    assertThat(violations(templated, ViolationCode.TEMPLATED_ALIAS)).containsExactly(Violation.error(
        ViolationCode.TEMPLATED_ALIAS, "/actions/0/schema/" + key, "block 'call' (actions[0]): schema." + key
            + " '{{context.entity.tag}}' is templated, but Cortex only accepts a literal alias: name the"
            + " integration configuration itself"));
    assertThat(violations(literal, ViolationCode.TEMPLATED_ALIAS)).isEmpty();
  }

  @Test
  void accepts_a_literal_placeholder_alias() {
    var wf = workflow(block("call", HttpRequestAsync.builder().url("/x").httpMethod(HttpMethod.POST)
        .integrationAlias("__GITHUB_INTEGRATION_ALIAS__").build()).withIsRootAction(true));
    assertThat(violations(wf)).isEmpty();
  }
}
