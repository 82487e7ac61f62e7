package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.model.block.BlockField;
import dev.cortexflow.model.block.BlockTypes;
import dev.cortexflow.validate.Severity;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import dev.cortexflow.validate.WorkflowValidator;
import dev.cortexflow.codec.testkit.JsonSchemaCheck;
import dev.cortexflow.codec.testkit.ModelFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every charset and vocabulary error of the validator is also an error of the editor schema, at the same place,
 * so an editor and {@code cortexflow validate} never disagree on a name or a closed-list value.
 */
class ValidatorAndSchemaAgreeTest {

  private static final JsonSchemaCheck SCHEMA = JsonSchemaCheck.of(WorkflowJsonSchema.generate());

  private static final String VALID = """
      name: Deploy
      tag: TAG
      isDraft: false
      filter: {type: ENTITY, ownershipScope: SCOPE}
      variables:
      - {slug: VARIABLE, type: VARTYPE}
      runRestrictionPolicies:
      - {id: t1, type: RESTRICTION}
      actions:
      - name: Choose
        slug: BLOCK
        schema:
          type: USER_INPUT
          inputs:
          - {type: NUMBER_FIELD, key: count, name: Count, required: false, disabled: false, format: NUMFORMAT}
          - {type: DATE_FIELD, key: day, name: Day, required: false, disabled: false, format: DATEFORMAT}
          inputOverrides: []
        outgoingActions: [call]
        isRootAction: true
      - name: Call
        slug: call
        schema: {type: HTTP_REQUEST, url: "https://example.com", httpMethod: METHOD, headers: {}}
        outgoingActions: [page]
        isRootAction: false
      - name: Page
        slug: page
        schema: {type: PAGERDUTY_CREATE_INCIDENT, integrationAlias: pd, title: Down, body: Down, fromEmail: a@example.com, serviceId: S1, urgency: URGENCY}
        outgoingActions: []
        isRootAction: false
      """;

  private static final String[][] DEFAULTS = {{"TAG", "deploy"}, {"SCOPE", "OWNER"}, {"VARIABLE", "env"},
      {"VARTYPE", "STRING"}, {"RESTRICTION", "TEAM"}, {"BLOCK", "choose"}, {"NUMFORMAT", "INTEGER"},
      {"DATEFORMAT", "DATE"}, {"METHOD", "POST"}, {"URGENCY", "HIGH"}};

  private static String descriptor(String placeholder, String value) {
    String text = VALID;
    for (String[] d : DEFAULTS) {
      text = text.replace(d[0], d[0].equals(placeholder) ? value : d[1]);
    }
    return text;
  }

  @ParameterizedTest(name = "{0} = \"{1}\" is an error at {2} for both")
  @CsvSource(delimiter = '|', value = {
      "TAG|'a b'|/tag", "TAG|a_b|/tag", "TAG|déploy|/tag",
      "BLOCK|Choose|/actions/0/slug", "BLOCK|choose_version|/actions/0/slug", "BLOCK|'cho ose'|/actions/0/slug",
      "VARIABLE|Env|/variables/0/slug", "VARIABLE|the_env|/variables/0/slug",
      "SCOPE|NOBODY|/filter/ownershipScope", "VARTYPE|TEXT|/variables/0/type",
      "RESTRICTION|GROUP|/runRestrictionPolicies/0/type", "METHOD|FETCH|/actions/1/schema/httpMethod",
      "URGENCY|URGENT|/actions/2/schema/urgency", "NUMFORMAT|FLOAT|/actions/0/schema/inputs/0/format",
      "DATEFORMAT|TIME|/actions/0/schema/inputs/1/format"})
  void a_bad_name_or_closed_list_value_is_an_error_of_the_validator_and_of_the_schema(String placeholder,
      String value, String pointer) {
    String text = descriptor(placeholder, value);

    assertThat(validatorErrors(text)).as("validator errors").containsExactly(pointer);
    assertThat(SCHEMA.errors(text)).as("schema errors").hasSize(1).first().asString().startsWith(pointer + ":");
  }

  @ParameterizedTest(name = "{0} = \"{1}\" is valid for both")
  @CsvSource(delimiter = '|', value = {"TAG|Deploy-Service", "BLOCK|a--b", "VARIABLE|-env", "TAG|x"})
  void a_name_the_validator_accepts_the_schema_accepts_too(String placeholder, String value) {
    String text = descriptor(placeholder, value);

    assertThat(validatorErrors(text)).isEmpty();
    assertThat(SCHEMA.errors(text)).isEmpty();
  }

  @Test
  void every_closed_list_field_of_every_block_type_refuses_a_value_outside_its_list_in_the_validator_and_the_schema()
      throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode valid = json.readTree(WorkflowJson.write(ModelFixtures.everyBlockType()));
    assertThat(invalidValues(valid.toString())).as("INVALID_VALUE errors of the fixture").isEmpty();
    assertThat(SCHEMA.errors(valid.toString())).as("schema errors of the fixture").isEmpty();
    List<String> checked = new ArrayList<>();
    for (int i = 0; i < valid.path("actions").size(); i++) {
      String type = valid.path("actions").path(i).path("schema").path("type").asText();
      for (BlockField<?, ?, ?> field : BlockTypes.named(type).orElseThrow().fields()) {
        if (!field.kind().isVocabulary()) {
          continue;
        }
        ObjectNode bad = valid.deepCopy();
        ((ObjectNode) bad.path("actions").path(i).path("schema")).put(field.key(), "NOT_IN_THE_LIST");
        String pointer = "/actions/" + i + "/schema/" + field.key();
        String text = bad.toString();

        assertThat(invalidValues(text)).as("validator errors for %s", pointer).containsExactly(pointer);
        assertThat(SCHEMA.errors(text)).as("schema errors for %s", pointer).hasSize(1).first().asString()
            .startsWith(pointer + ":");
        checked.add(type + "." + field.key());
      }
    }
    assertThat(checked).as("closed-list block fields checked").contains("HTTP_REQUEST.httpMethod",
        "PAGERDUTY_CREATE_INCIDENT.urgency");
  }

  /** The pointers of the validator's INVALID_VALUE errors (the fixture breaks other rules on purpose). */
  private static List<String> invalidValues(String text) {
    ReadResult read = WorkflowReader.read(text, "agree.json");
    return WorkflowValidator.standard().validate(read.workflow(), read.violations()).errors().stream()
        .filter(v -> v.code() == ViolationCode.INVALID_VALUE).map(Violation::pointer).toList();
  }

  private static List<String> validatorErrors(String text) {
    ReadResult read = WorkflowReader.read(text, "agree.yaml");
    List<String> pointers = new ArrayList<>();
    for (Violation v : WorkflowValidator.standard().validate(read.workflow(), read.violations())
        .violations()) {
      if (v.severity() == Severity.ERROR) {
        assertThat(v.code()).as(v.message()).isEqualTo(ViolationCode.INVALID_VALUE);
        pointers.add(v.pointer());
      }
    }
    return pointers;
  }
}
