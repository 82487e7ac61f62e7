package dev.cortexflow.testing;

import static dev.cortexflow.testing.CortexflowAssertions.assertThatWorkflows;
import static dev.cortexflow.testing.TestWorkflows.jq;
import static dev.cortexflow.testing.TestWorkflows.root;
import static dev.cortexflow.testing.TestWorkflows.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.testing.internal.GoldenFile;
import dev.cortexflow.codec.WorkflowYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowSetAssertTest {

  private final Workflow deploy = workflow("deploy", root("start", "finish"), jq("finish")).build();
  private final Workflow rollback = workflow("rollback", root("start")).build();

  @TempDir
  Path folder;

  @Test
  void passes_for_valid_workflows_with_distinct_tags() {
    assertThatWorkflows(List.of(deploy, rollback)).areValid();
  }

  @Test
  void validates_with_an_organisations_own_rules_when_told_to() {
    dev.cortexflow.validate.RuleCode code = dev.cortexflow.validate.RuleCode.of("NO_ROLLBACK", "No rollbacks.");
    dev.cortexflow.validate.WorkflowValidator strict = dev.cortexflow.validate.WorkflowValidator.standard()
        .with((context, out) -> {
          if (context.workflow().tag().equals("rollback")) {
            out.add(dev.cortexflow.validate.Violation.error(code, "/tag", "no rollbacks"));
          }
        });

    assertThatThrownBy(() -> assertThatWorkflows(List.of(deploy, rollback)).usingValidator(strict).areValid())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting 2 workflows to be valid together, but they have 1 error:\n"
            + "  workflows[1] 'rollback': ERROR NO_ROLLBACK at /tag: no rollbacks");
    CortexflowAssertions.assertThat(rollback).isValid().usingValidator(strict).hasViolation(code, "/tag");
  }

  @Test
  void names_each_workflow_with_an_error_and_a_reused_tag() {
    Workflow again = workflow("deploy", root("start", "nowhere")).build();

    assertThatThrownBy(() -> assertThatWorkflows(List.of(deploy, rollback, again)).areValid())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting 3 workflows to be valid together, but they have 2 errors:\n"
            + "  workflows[2] 'deploy': ERROR DUPLICATE_TAG at /tag: tag 'deploy' is also the tag of workflows[0]"
            + " ('deploy'): give every workflow its own tag, a push keeps only one of them\n"
            + "  workflows[2] 'deploy': ERROR UNKNOWN_TARGET at /actions/0/outgoingActions/0: block 'start'"
            + " (actions[0]): outgoingActions names 'nowhere', which is no block (known: start)");
  }

  @Test
  void passes_when_the_folder_holds_exactly_the_rendered_workflows() throws IOException {
    Files.writeString(folder.resolve("deploy.yaml"), WorkflowYaml.write(deploy));
    Files.writeString(folder.resolve("rollback.yaml"), WorkflowYaml.write(rollback));
    Files.writeString(folder.resolve("notes.txt"), "not a descriptor");

    new WorkflowSetAssert(List.of(deploy, rollback), new GoldenFile(false)).renderToFolder(folder);
  }

  @Test
  void lists_missing_differing_and_stale_files() throws IOException {
    Files.writeString(folder.resolve("deploy.yaml"), WorkflowYaml.write(deploy).replace("finish", "end"));
    Files.writeString(folder.resolve("removed.yaml"), WorkflowYaml.write(rollback));

    assertThatThrownBy(() -> new WorkflowSetAssert(List.of(deploy, rollback), new GoldenFile(false))
        .renderToFolder(folder))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting 2 workflows to render to folder '" + folder + "', but:\n"
            + "  workflow 'deploy': the YAML differs from golden file '" + folder.resolve("deploy.yaml") + "'")
        .hasMessageContaining("\n  workflow 'rollback': golden file '" + folder.resolve("rollback.yaml")
            + "' is missing; run with -Dgolden.update=true to create it")
        .hasMessageEndingWith("\n  '" + folder.resolve("removed.yaml") + "' belongs to no workflow: delete it or"
            + " add its workflow");
  }

  @Test
  void updating_writes_the_missing_files_but_never_deletes_a_stale_one() throws IOException {
    Files.writeString(folder.resolve("removed.yaml"), "name: gone\n");

    assertThatThrownBy(() -> new WorkflowSetAssert(List.of(deploy), new GoldenFile(true)).renderToFolder(folder))
        .isInstanceOf(AssertionError.class).hasMessageContaining("created");

    assertThat(folder.resolve("deploy.yaml")).hasContent(WorkflowYaml.write(deploy).stripTrailing());
    assertThat(folder.resolve("removed.yaml")).exists();
  }
}
