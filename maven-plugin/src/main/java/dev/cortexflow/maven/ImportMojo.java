package dev.cortexflow.maven;

import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.codegen.CodegenException;
import dev.cortexflow.codegen.ImportFailure;
import dev.cortexflow.codegen.ImportResult;
import dev.cortexflow.codegen.ImportWarning;
import dev.cortexflow.codegen.WorkflowImporter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
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
  boolean bindings = true;

  /** Also replace existing files that an import did not write (by default they are kept and the build fails). */
  @Parameter(property = "cortexflow.force", defaultValue = "false")
  boolean force;

  /** Maven creates mojos. */
  public ImportMojo() {}

  @Override
  void run() throws MojoFailureException {
    WorkflowImporter importer;
    try {
      importer = WorkflowImporter.builder().packageName(packageName).useBindings(bindings).build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage("cortexflow.package: " + e.getMessage(), e);
    }
    List<DescriptorFile> files = DescriptorFiles.expand(context(), List.of(Path.of(displayName(descriptorDirectory))));
    String base = project.getBasedir().toPath().toAbsolutePath().normalize() + File.separator;
    ImportResult result;
    try {
      result = importer.importPaths(files.stream().map(DescriptorFile::path).toList());
    } catch (CodegenException e) {
      throw CliException.usage(e.getMessage().replace(base, ""), e);
    }
    for (ImportWarning warning : result.warnings()) {
      warn(warning.toString().replace(base, ""));
    }
    for (ImportFailure failure : result.failures()) {
      error("skipped " + failure.toString().replace(base, ""));
    }
    ImportResult.Written written = result.writeTo(sourceRoot.toPath(), force);
    for (Path file : written.written()) {
      info("wrote " + displayName(file.toFile()));
    }
    for (Path file : written.kept()) {
      error("kept " + displayName(file.toFile()) + ": cortexflow import did not write it (it has no generated "
          + "header); move it away, or run again with -Dcortexflow.force=true to replace it");
    }
    int skipped = result.failures().size();
    String summary = "imported " + Plural.of(written.written().size(), "workflow") + " into package '" + packageName
        + "' under " + displayName(sourceRoot) + (skipped == 0 ? "" : "; skipped " + Plural.of(skipped, "descriptor"))
        + (written.kept().isEmpty() ? "" : "; kept " + Plural.of(written.kept().size(), "existing file"));
    if (skipped > 0 || !written.kept().isEmpty()) {
      throw failure(summary);
    }
    info(summary);
  }
}
