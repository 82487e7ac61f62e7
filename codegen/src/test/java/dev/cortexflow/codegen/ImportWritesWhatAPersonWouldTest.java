package dev.cortexflow.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.JavaScript;
import dev.cortexflow.codec.WorkflowReader;
import dev.cortexflow.codec.WorkflowYaml;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The importer writes blocks, variables and script references as a person writes them with the DSL, and each
 * imported class still rebuilds its descriptor.
 */
class ImportWritesWhatAPersonWouldTest {

  /** A descriptor with AWS, PagerDuty and Jira blocks, list and object variables and scripts that read them. */
  static final Path TRIAGE = Golden.repositoryRoot()
      .resolve("codegen/src/test/resources/descriptors/incident-triage.yaml");

  private final WorkflowImporter importer = WorkflowImporter.builder().packageName("com.acme.flows").build();

  private static Workflow rebuild(ImportResult result) throws Exception {
    JavaSource source = result.sources().get(0);
    return ((WorkflowSource) InMemoryCompiler.compile(result.sources()).loadClass(source.qualifiedName())
        .getDeclaredConstructor().newInstance()).workflow();
  }

  private static Workflow original() {
    return WorkflowReader.read(TRIAGE).workflow();
  }

  /** The source with wrapped argument lists joined, so that assertions pin the code, not the line breaks. */
  private static String code(ImportResult result) {
    return result.sources().get(0).text().replaceAll(",\n\\s*", ", ").replaceAll("\\(\n\\s*", "(");
  }

  @Test
  void writesAwsPagerDutyAndJiraBlocksThroughTheirDslFactoriesAndRebuildsTheDescriptor() throws Exception {
    // when
    ImportResult result = importer.importPaths(List.of(TRIAGE));

    // then
    assertThat(result.warnings()).isEmpty();
    assertThat(result.failures()).isEmpty();
    assertThat(SemanticYaml.of(WorkflowYaml.write(rebuild(result))))
        .isEqualTo(SemanticYaml.of(WorkflowYaml.write(original())));
    assertThat(code(result))
        .contains("pagerDuty(\"page\", \"Page on-call\", \"P1A2B3C\", template(\"{} fails {}\","
            + " triage.output(\"service\"), describe.output(\"result\")), template(\"Reported by {}\","
            + " context().initiatedBy().email()), \"oncall@example.com\", Urgency.HIGH)\n")
        .contains(".incidentTypeName(\"major\"))")
        .contains("jira(\"ticket\", \"File a ticket\", \"OPS\", \"Incident\", template(\"{} error rate\","
            + " triage.output(\"service\")), describe.output(\"result\").mustache())\n")
        .contains(".alias(\"ops-jira\")", ".labels(\"incident\", \"sev2\")", ".components(\"platform\")",
            ".field(\"customfield_10010\", 3)", ".field(\"customfield_10020\", List.of(\"payments\"))",
            ".priority(\"High\")")
        .contains("aws(\"snapshot\", \"Snapshot the database\", \"123456789012\", \"eu-west-1\","
            + " \"rds.createDbSnapshot\")\n")
        .contains(".input(\"dbInstanceIdentifier\", template(\"{}-db\", triage.output(\"service\")))",
            ".input(\"tags\", List.of(\"incident\"))", ".input(\"copyTags\", true)")
        .doesNotContain("Aws.builder()", "PagerDutyCreateIncident.builder()", "JiraCreateIssue.builder()",
            "block(\"", "Workflow.builder()");
  }

  @Test
  void writesAnActionWithoutARequiredInputAsAGenericIntegrationActionAndRebuildsTheDescriptor() throws Exception {
    // given: github.createBranch without its required input sha
    Path file = Golden.repositoryRoot().resolve("codegen/src/test/resources/descriptors/create-branch-without-sha.yaml");

    // when
    ImportResult result = importer.importPaths(List.of(file));

    // then
    assertThat(result.failures()).isEmpty();
    assertThat(SemanticYaml.of(WorkflowYaml.write(rebuild(result))))
        .isEqualTo(SemanticYaml.of(WorkflowYaml.write(WorkflowReader.read(file).workflow())));
    assertThat(code(result))
        .contains("integrationAction(\"create-branch\", \"Create branch\", \"github.createBranch\")")
        .doesNotContain("CreateBranch.builder()");
  }

  @Test
  void declaresListAndObjectVariablesAsTypedVarsKeepingTheKeyOrderOfObjects() throws Exception {
    // when
    ImportResult result = importer.importPaths(List.of(TRIAGE));

    // then
    assertThat(code(result))
        .contains("Var<List<String>> services = Var.stringArray(\"services\")\n"
            + "        .defaultValue(List.of(\"payments\", \"checkout\"));\n")
        .contains("Var<Map<String, ?>> thresholds = Var.object(\"thresholds\")\n"
            + "        .defaultValue(JsonValue.object(\"errorRate\", new BigDecimal(\"0.05\"), \"latencyMs\", 800));\n")
        .contains("Var<List<Map<String, ?>>> responders = Var.objectArray(\"responders\")\n"
            + "        .description(\"Who was paged, filled in by the run\");\n")
        .contains(".variables(services, thresholds, responders)")
        .doesNotContain("addVariable", "Variable.builder()", "VariableType");
    Variable thresholds = rebuild(result).variables().get(1);
    assertThat(((JsonValue.JsonObject) thresholds.defaultValue().orElseThrow()).members().keySet())
        .containsExactly("errorRate", "latencyMs");
    assertThat(rebuild(result).variables()).isEqualTo(original().variables());
  }

  @Test
  void keepsABracketedVariableReferenceInJavaScriptAsTheSourceWroteIt() throws Exception {
    // when
    ImportResult result = importer.importPaths(List.of(TRIAGE));

    // then: variables["services"] is what the script says; services renders variables.services, so it stays text
    assertThat(code(result)).contains("const known = variables[\"services\"].includes({});");
    assertThat(((JavaScript) rebuild(result).block("measure").orElseThrow().schema()).script())
        .isEqualTo(((JavaScript) original().block("measure").orElseThrow().schema()).script())
        .contains("variables[\"services\"].includes(actions[\"triage\"].outputs.service)");
  }

  @Test
  void readsAMethodCalledOnAReferenceAsCodeNotAsAnOutputField() throws Exception {
    // when
    ImportResult result = importer.importPaths(List.of(TRIAGE));

    // then
    assertThat(code(result))
        .contains("Expr.jsTemplate(\"return {}.toFixed(1) + \\\"% of \\\" + {}.join(\\\", \\\");\","
            + " measure.output(\"ratio\"), services)")
        .doesNotContain("field(\"toFixed\")", "field(\"join\")");
    assertThat(((JavaScript) rebuild(result).block("describe").orElseThrow().schema()).script())
        .isEqualTo("return actions[\"measure\"].outputs.ratio.toFixed(1) + \"% of \" + variables.services.join(\", \");");
  }

  @Test
  void addsAVariableWhoseDefaultDoesNotFitItsTypeWithTheModelApiAndTheRestWithTheDsl() throws Exception {
    // given: an OBJECT variable whose default is an array, which no Var<Map<String, ?>> can hold
    Workflow original = Workflow.builder().tag("odd-default").name("Odd default").filter(GlobalFilter.of())
        .addVariable(Variable.builder().slug("limits").type(VariableType.OBJECT)
            .defaultValue(JsonValue.array(List.of(JsonValue.of(1)))).build())
        .addVariable(Variable.builder().slug("flags").type(VariableType.ARRAY_OF_BOOLEAN)
            .defaultValue(JsonValue.array(List.of(JsonValue.of(true), JsonValue.of(false)))).build())
        .addAction(Block.builder().slug("only").name("Only").isRootAction(true)
            .schema(JavaScript.builder().script("return variables.limits;").build()).build())
        .build();

    // when
    ImportResult result = importer.importWorkflows(List.of(original), "odd.yaml");

    // then
    assertThat(result.warnings()).isEmpty();
    assertThat(code(result))
        .contains("Var<List<Boolean>> flags = Var.boolArray(\"flags\")\n        .defaultValue(List.of(true, false));")
        .contains(".variables(flags)\n        .addVariable(Variable.builder()")
        .contains("Workflows.workflow(\"odd-default\", \"Odd default\")");
    assertThat(SemanticYaml.of(WorkflowYaml.write(rebuild(result))))
        .isEqualTo(SemanticYaml.of(WorkflowYaml.write(original)));
  }
}
