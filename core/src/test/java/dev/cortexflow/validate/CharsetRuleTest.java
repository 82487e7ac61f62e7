package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import org.junit.jupiter.api.Test;

class CharsetRuleTest {

  @Test
  void rejects_a_tag_with_spaces() {
    assertThat(violations(workflow(root("a")).tag("my flow"))).containsExactly(Violation.error(
        ViolationCode.INVALID_VALUE, "/tag", "tag 'my flow' is not valid: use letters, digits and hyphens"));
  }

  @Test
  void rejects_a_variable_slug_with_an_underscore_as_the_server_does() {
    var wf = workflow(root("a")).addVariables(Variable.of("github_owner", VariableType.STRING));
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.INVALID_VALUE, "/variables/0/slug",
        "variable 'github_owner' (variables[0]): slug is not valid: use lowercase letters, digits and hyphens"));
  }

  @Test
  void rejects_a_block_slug_that_breaks_references() {
    assertThat(violations(workflow(root("a.b")))).containsExactly(Violation.error(ViolationCode.INVALID_VALUE,
        "/actions/0/slug", "block 'a.b' (actions[0]): slug is not valid: use lowercase letters, digits and"
            + " hyphens"));
  }

  @Test
  void rejects_a_block_slug_with_uppercase_letters_or_underscores_as_a_variable_slug_is() {
    assertThat(violations(workflow(root("Deploy_Me", "ok-1"), jq("ok-1")))).containsExactly(Violation.error(
        ViolationCode.INVALID_VALUE, "/actions/0/slug", "block 'Deploy_Me' (actions[0]): slug is not valid: use"
            + " lowercase letters, digits and hyphens"));
  }

  @Test
  void warns_about_a_block_slug_that_is_not_kebab_case() {
    assertThat(violations(workflow(root("deploy--me", "ok-1"), jq("ok-1")))).containsExactly(Violation.warning(
        ViolationCode.INVALID_VALUE, "/actions/0/slug", "block 'deploy--me' (actions[0]): slug is not lowercase"
            + " kebab-case: use lowercase letters and digits separated by single hyphens"));
  }

  @Test
  void warns_about_a_variable_slug_that_is_not_kebab_case() {
    var wf = workflow(root("a")).addVariables(dev.cortexflow.model.Variable.of("-env",
        dev.cortexflow.model.VariableType.STRING));
    assertThat(violations(wf)).containsExactly(Violation.warning(ViolationCode.INVALID_VALUE, "/variables/0/slug",
        "variable '-env' (variables[0]): slug is not lowercase kebab-case: use lowercase letters and digits"
            + " separated by single hyphens"));
  }
}
