package dev.cortexflow.maven;

import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.Descriptors;
import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.codegen.CodegenException;
import dev.cortexflow.codegen.ImportResult;
import dev.cortexflow.codegen.ImportWarning;
import dev.cortexflow.codegen.WorkflowImporter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code cortexflow:import}: turns descriptor files into Java sources written with the DSL, one
 * {@code WorkflowSource} class per workflow, as {@code cortexflow import} does. An explicit goal, never bound to a
 * phase: run it once to move a project from YAML to Java.
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends CortexflowMojo {

  /** The folder of descriptor files to import. */
  @Parameter(property = "cortexflow.descriptorDirectory", defaultValue = "${project.basedir}/src/main/cortexflow",
      required = true)
  File descriptorDirectory;

  /** The package of the generated classes. */
  @Parameter(property = "cortexflow.package", required = true)
  String packageName;

  /** The source root written into. */
  @Parameter(property = "cortexflow.sourceRoot", defaultValue = "${project.build.sourceDirectory}", required = true)
  File sourceRoot;

  /** Write integration actions with their generated typed bindings (else with string keys). */
  @Parameter(property = "cortexflow.bindings", defaultValue = "true")
  boolean bindings;

  /** Maven creates mojos. */
  public ImportMojo() {}

  @Override
  void run() {
    WorkflowImporter importer;
    try {
      importer = WorkflowImporter.builder().packageName(packageName).useBindings(bindings).build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage("cortexflow.package: " + e.getMessage(), e);
    }
    List<DescriptorFile> files = DescriptorFiles.expand(context(), List.of(Path.of(displayName(descriptorDirectory))));
    files.forEach(Descriptors::readWorkflow);
    ImportResult result;
    try {
      result = importer.importPaths(files.stream().map(DescriptorFile::path).toList());
    } catch (CodegenException e) {
      throw CliException.usage(e.getMessage(), e);
    }
    String base = project.getBasedir().toPath().toAbsolutePath().normalize() + File.separator;
    for (ImportWarning warning : result.warnings()) {
      warn(warning.toString().replace(base, ""));
    }
    for (Path written : result.writeTo(sourceRoot.toPath())) {
      info("wrote " + displayName(written.toFile()));
    }
    info("imported " + Plural.of(result.sources().size(), "workflow") + " into package '" + packageName + "' under "
        + displayName(sourceRoot));
  }
}
