package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.branch;
import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.path;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.InputOverride;
import dev.cortexflow.model.input.TextInput;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every code of {@link ViolationCode} is produced by some rule (the per-rule tests pin the messages). */
class EveryCodeTest {

  @Test
  void every_code_has_a_rule_that_produces_it() {
    // given: one small broken workflow per code
    Map<ViolationCode, Workflow> examples = new EnumMap<>(ViolationCode.class);
    examples.put(ViolationCode.MISSING_FIELD, workflow(root("a")).name(" ").build());
    examples.put(ViolationCode.INVALID_VALUE, workflow(root("a")).tag("a b").build());
    examples.put(ViolationCode.UNKNOWN_TYPE, workflow(block("a", CustomBlock.builder().type("X").build())
        .withIsRootAction(true)).build());
    examples.put(ViolationCode.DUPLICATE_SLUG, workflow(root("a"), jq("a")).build());
    examples.put(ViolationCode.DUPLICATE_VARIABLE, workflow(root("a")).addVariables(
        Variable.of("v", VariableType.STRING), Variable.of("v", VariableType.STRING)).build());
    examples.put(ViolationCode.DUPLICATE_INPUT_KEY, workflow(block("f", UserInput.builder()
        .addInputs(TextInput.builder().key("k").name("K").build(), TextInput.builder().key("k").name("K").build())
        .build()).withIsRootAction(true)).build());
    examples.put(ViolationCode.NO_ROOT, workflow(jq("a")).build());
    examples.put(ViolationCode.MULTIPLE_ROOTS, workflow(root("a"), root("b")).build());
    examples.put(ViolationCode.UNKNOWN_TARGET, workflow(root("a", "b")).build());
    examples.put(ViolationCode.CYCLE, workflow(root("a", "a")).build());
    examples.put(ViolationCode.UNREACHABLE, workflow(root("a"), jq("b")).build());
    examples.put(ViolationCode.FAN_OUT, workflow(root("a", "b", "c"), jq("b"), jq("c")).build());
    examples.put(ViolationCode.BRANCH_MISMATCH, workflow(block("r", ConditionalBranch.builder()
        .addBranches(path("p", "b")).build()).withIsRootAction(true), jq("b")).build());
    examples.put(ViolationCode.JOIN_MISMATCH, workflow(branch("r", "b", path("p", "b")).withIsRootAction(true),
        jq("b")).build());
    examples.put(ViolationCode.UNDECLARED_VARIABLE, workflow(root("a").withSchema(Jq.of(".variables.v"))).build());
    examples.put(ViolationCode.UNKNOWN_ACTION_REFERENCE, workflow(root("a").withSchema(Jq.of(".actions.b")))
        .build());
    examples.put(ViolationCode.NOT_UPSTREAM, workflow(root("a", "b").withSchema(Jq.of(".actions.b")), jq("b"))
        .build());
    examples.put(ViolationCode.ENTITY_CONTEXT_IN_GLOBAL, workflow(root("a").withSchema(Jq.of(".context.entity")))
        .build());
    examples.put(ViolationCode.TEMPLATED_ALIAS, workflow(block("a", HttpRequest.builder().url("u")
        .httpMethod(HttpMethod.GET).integrationAlias("{{x}}").build()).withIsRootAction(true)).build());
    examples.put(ViolationCode.UNKNOWN_INPUT_KEY, workflow(block("f", UserInput.builder()
        .addInputOverrides(InputOverride.options("k", "actions.f.outputs")).build()).withIsRootAction(true))
        .build());
    examples.put(ViolationCode.UNKNOWN_OUTPUT_KEY, workflow(root("a", "b"), jq("b").withSchema(
        Jq.of(".actions.\"a\".outputs.body"))).build());

    // then: DUPLICATE_TAG needs a set of workflows, DESCRIPTOR_TOO_LARGE the text (WorkflowJsonSizeTest)
    assertThat(examples.keySet()).isEqualTo(EnumSet.complementOf(EnumSet.of(ViolationCode.DUPLICATE_TAG,
        ViolationCode.DESCRIPTOR_TOO_LARGE)));
    examples.forEach((code, wf) -> assertThat(WorkflowValidator.standard().validate(wf).violations())
        .as(code.name()).extracting(Violation::code).contains(code));
    Workflow once = workflow(root("a")).build();
    assertThat(WorkflowValidator.standard().validateAll(java.util.List.of(once, once)).get(1).violations())
        .extracting(Violation::code).containsExactly(ViolationCode.DUPLICATE_TAG);
    assertThat(WorkflowValidator.descriptorTooLarge(WorkflowValidator.MAX_DESCRIPTOR_BYTES + 1).code())
        .isEqualTo(ViolationCode.DESCRIPTOR_TOO_LARGE);
  }
}
