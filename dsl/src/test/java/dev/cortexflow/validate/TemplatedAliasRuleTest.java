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
import org.junit.jupiter.api.Test;

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

  @Test
  void accepts_a_literal_placeholder_alias() {
    var wf = workflow(block("call", HttpRequestAsync.builder().url("/x").httpMethod(HttpMethod.POST)
        .integrationAlias("__GITHUB_INTEGRATION_ALIAS__").build()).withIsRootAction(true));
    assertThat(violations(wf)).isEmpty();
  }
}
