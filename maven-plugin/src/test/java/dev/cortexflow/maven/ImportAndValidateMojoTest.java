package dev.cortexflow.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.maven.fixtures.good.Notify;
import dev.cortexflow.maven.fixtures.warned.Unapproved;
import dev.cortexflow.codec.WorkflowYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAndValidateMojoTest {

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void write_descriptors() throws Exception {
    Files.createDirectories(dir.resolve("src/main/cortexflow"));
    Files.writeString(dir.resolve("src/main/cortexflow/notify.yaml"), WorkflowYaml.write(new Notify().workflow()));
  }

  @Test
  void import_writes_one_workflow_source_per_descriptor_into_the_source_root() throws Exception {
    ImportMojo mojo = Projects.configure(new ImportMojo(), dir, log);
    mojo.descriptorDirectory = dir.resolve("src/main/cortexflow").toFile();
    mojo.packageName = "com.example.flows";
    mojo.sourceRoot = dir.resolve("src/main/java").toFile();
    mojo.bindings = true;

    mojo.execute();

    Path source = dir.resolve("src/main/java/com/example/flows/Notify.java");
    assertThat(source).content().contains("package com.example.flows;", "implements WorkflowSource");
    assertThat(log.lines).containsExactly("[INFO] wrote src/main/java/com/example/flows/Notify.java",
        "[INFO] imported 1 workflow into package 'com.example.flows' under src/main/java");
  }

  @Test
  void import_keeps_a_file_it_did_not_write_and_fails_unless_forced() throws Exception {
    Path mine = dir.resolve("src/main/java/com/example/flows/Notify.java");
    Files.createDirectories(mine.getParent());
    Files.writeString(mine, "// written by hand\n");
    ImportMojo mojo = Projects.configure(new ImportMojo(), dir, log);
    mojo.descriptorDirectory = dir.resolve("src/main/cortexflow").toFile();
    mojo.packageName = "com.example.flows";
    mojo.sourceRoot = dir.resolve("src/main/java").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("imported 0 workflows into package 'com.example.flows' under src/main/java; kept 1 existing file");
    assertThat(mine).hasContent("// written by hand");
    mojo.force = true;
    mojo.execute();
    assertThat(mine).content().contains("implements WorkflowSource");
  }

  @Test
  void import_refuses_a_package_name_that_is_not_one() {
    ImportMojo mojo = Projects.configure(new ImportMojo(), dir, log);
    mojo.descriptorDirectory = dir.resolve("src/main/cortexflow").toFile();
    mojo.packageName = "com.example.2flows";
    mojo.sourceRoot = dir.resolve("src/main/java").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("cortexflow.package: ");
  }

  @Test
  void validate_writes_the_sarif_log_and_passes_with_warnings_unless_they_are_fatal() throws Exception {
    Files.writeString(dir.resolve("src/main/cortexflow/unapproved.yaml"),
        WorkflowYaml.write(new Unapproved().workflow()));
    ValidateMojo mojo = Projects.configure(new ValidateMojo(), dir, log);
    mojo.descriptorDirectory = dir.resolve("src/main/cortexflow").toFile();
    mojo.sarifFile = dir.resolve("target/cortexflow.sarif").toFile();

    mojo.execute();
    mojo.failOnWarning = true;

    assertThat(log.lines).containsExactly("[INFO] wrote target/cortexflow.sarif",
        "[WARNING] src/main/cortexflow/unapproved.yaml: WARNING MISSING_FIELD at /actions/0/schema/approvingTeamIds: "
            + "block 'approve' (actions[0]): schema.approvingTeamIds is empty, so nobody can approve: add the id of "
            + "a team",
        "[INFO] 0 errors, 1 warning in 2 files");
    assertThat(dir.resolve("target/cortexflow.sarif")).content().contains("\"ruleId\" : \"MISSING_FIELD\"",
        "\"uri\" : \"src/main/cortexflow/unapproved.yaml\"");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("0 errors, 1 warning in 2 files and failOnWarning is set");
  }

  @Test
  void validate_logs_control_characters_from_a_descriptor_visibly_instead_of_sending_them_to_the_terminal()
      throws Exception {
    Files.writeString(dir.resolve("src/main/cortexflow/notify.yaml"), WorkflowYaml.write(new Notify().workflow())
        .replace("outgoingActions: []", "outgoingActions: [\"gone\\e[2K\"]"));
    ValidateMojo mojo = Projects.configure(new ValidateMojo(), dir, log);
    mojo.descriptorDirectory = dir.resolve("src/main/cortexflow").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines).anyMatch(l -> l.contains("gone\\u001b[2K")).noneMatch(l -> l.contains("\u001b"));
  }

  @Test
  void validate_names_a_file_that_cannot_be_read() throws Exception {
    Files.writeString(dir.resolve("src/main/cortexflow/garbage.yaml"), "tag: [unclosed\n");
    ValidateMojo mojo = Projects.configure(new ValidateMojo(), dir, log);
    mojo.descriptorDirectory = dir.resolve("src/main/cortexflow").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("src/main/cortexflow/garbage.yaml");
  }
}
