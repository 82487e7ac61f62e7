package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.RestrictionType;
import dev.cortexflow.model.RunRestriction;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.PagerDutyCreateIncident;
import dev.cortexflow.model.block.Urgency;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.DateFormat;
import dev.cortexflow.model.input.DateInput;
import dev.cortexflow.model.input.NumberFormat;
import dev.cortexflow.model.input.NumberInput;
import org.junit.jupiter.api.Test;

class VocabularyRuleTest {

  @Test
  void rejects_an_http_method_cortex_does_not_accept() {
    var wf = workflow(block("call", HttpRequest.builder().url("https://x").httpMethod(HttpMethod.of("FETCH"))
        .build()).withIsRootAction(true));
    assertThat(violations(wf)).containsExactly(Violation.error(ViolationCode.INVALID_VALUE,
        "/actions/0/schema/httpMethod", "block 'call' (actions[0]): schema.httpMethod 'FETCH' is not one of GET,"
            + " POST, PUT, DELETE, PATCH"));
  }

  @Test
  void rejects_unknown_values_at_workflow_level() {
    var wf = workflow(root("a")).filter(EntityFilter.builder().ownershipScope(OwnershipScope.of("ANY")).build())
        .addVariables(Variable.of("env", VariableType.of("TEXT")))
        .addRunRestrictionPolicies(RunRestriction.of(RestrictionType.of("GROUP"), "g1"));
    assertThat(violations(wf)).containsExactly(
        Violation.error(ViolationCode.INVALID_VALUE, "/filter/ownershipScope",
            "filter.ownershipScope 'ANY' is not one of ALL, OWNER, EDITOR"),
        Violation.error(ViolationCode.INVALID_VALUE, "/variables/0/type", "variable 'env' (variables[0]): type"
            + " 'TEXT' is not one of STRING, NUMBER, BOOLEAN, OBJECT, ARRAY_OF_STRING, ARRAY_OF_NUMBER,"
            + " ARRAY_OF_BOOLEAN, ARRAY_OF_OBJECT"),
        Violation.error(ViolationCode.INVALID_VALUE, "/runRestrictionPolicies/0/type",
            "runRestrictionPolicies[0].type 'GROUP' is not one of USER, TEAM, CUSTOM_ROLE"));
  }

  @Test
  void rejects_unknown_urgency_and_field_formats() {
    var page = block("page", PagerDutyCreateIncident.builder().serviceId("s").title("t").body("b")
        .fromEmail("a@b.c").urgency(Urgency.of("URGENT")).build(), "form").withIsRootAction(true);
    var form = block("form", UserInput.builder()
        .addInputs(NumberInput.builder().key("n").name("N").format(NumberFormat.of("FLOAT")).build())
        .addInputs(DateInput.builder().key("d").name("D").format(DateFormat.of("TIME")).build()).build());
    assertThat(violations(workflow(page, form))).extracting(Violation::pointer, Violation::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/actions/0/schema/urgency",
            "block 'page' (actions[0]): schema.urgency 'URGENT' is not one of HIGH, LOW"),
        org.assertj.core.groups.Tuple.tuple("/actions/1/schema/inputs/0/format",
            "block 'form' (actions[1]): schema.inputs[0].format 'FLOAT' is not one of INTEGER, DECIMAL"),
        org.assertj.core.groups.Tuple.tuple("/actions/1/schema/inputs/1/format",
            "block 'form' (actions[1]): schema.inputs[1].format 'TIME' is not one of DATE, DATETIME"));
  }
}
