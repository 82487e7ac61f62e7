package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.block.JavaScript;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import org.junit.jupiter.api.Test;

class VariableRuleTest {

  @Test
  void rejects_a_variable_declared_twice() {
    var wf = workflow(root("a")).addVariables(Variable.of("env", VariableType.STRING),
        Variable.of("env", VariableType.NUMBER));
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.DUPLICATE_VARIABLE,
        "/variables/1/slug", "variable 'env' (variables[1]): slug is already declared by variables[0]: declare"
            + " every variable once"));
  }

  @Test
  void rejects_a_read_of_an_undeclared_variable_in_a_script() {
    // given: a JS block reading a declared and an undeclared variable
    var wf = workflow(block("calc", JavaScript.builder().script("return variables.env + variables[\"regoin\"];")
        .build()).withIsRootAction(true)).addVariables(Variable.of("env", VariableType.STRING),
        Variable.of("region", VariableType.STRING));

    // then
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.UNDECLARED_VARIABLE,
        "/actions/0/schema/script", "block 'calc' (actions[0]): schema.script reads variables.regoin, which is not"
            + " declared (declared: env, region): declare it under variables or fix the name"));
  }

  @Test
  void rejects_setting_an_undeclared_variable() {
    var wf = workflow(block("set", SetVariables.builder().addVariables(VariableAssignment.of("owner",
        VariableSource.javaScript("return 1;"))).build()).withIsRootAction(true));
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.UNDECLARED_VARIABLE,
        "/actions/0/schema/variables/0/slug", "block 'set' (actions[0]): schema.variables[0] sets variables.owner,"
            + " which is not declared (no variables are declared): declare it under variables or fix the name"));
  }

  @Test
  void reads_a_hyphenated_unquoted_name_in_a_script_the_way_javascript_does() {
    // given: variables.github-owner in JS is variables.github minus owner
    var wf = workflow(block("calc", JavaScript.builder().script("return variables.github-owner;").build())
        .withIsRootAction(true)).addVariables(Variable.of("github-owner", VariableType.STRING));

    // then
    assertThat(violations(wf)).extracting(Violation::message).containsExactly("block 'calc' (actions[0]):"
        + " schema.script reads variables.github, which is not declared (declared: github-owner): declare it under"
        + " variables or fix the name");
  }
}
