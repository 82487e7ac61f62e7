package dev.cortexflow.maven;

import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.Descriptors.Checked;
import dev.cortexflow.cli.internal.TextFiles;
import dev.cortexflow.cli.internal.ValidationRun;
import dev.cortexflow.cli.internal.VersionProvider;
import dev.cortexflow.validate.Violation;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code cortexflow:validate}: reads and validates the descriptor files of a folder (every {@code *.yaml},
 * {@code *.yml} and {@code *.json} below it), for projects that keep their workflows as YAML, as
 * {@code cortexflow validate} does: one line per violation, then the counts. Fails on any ERROR, and on a file that
 * cannot be read; optionally writes a SARIF 2.1.0 log for CI annotations.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends CortexflowMojo {

  /** The folder of descriptor files to validate. */
  @Parameter(property = "cortexflow.descriptorDirectory", defaultValue = "${project.basedir}/src/main/cortexflow",
      required = true)
  File descriptorDirectory;

  /** Also write the result as a SARIF 2.1.0 log to this file (for GitHub code scanning and other annotators). */
  @Parameter(property = "cortexflow.sarifFile")
  File sarifFile;

  /** Fail the build on warnings too. */
  @Parameter(property = "cortexflow.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Maven creates mojos. */
  public ValidateMojo() {}

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    ValidationRun run = ValidationRun.of(
        DescriptorFiles.expand(context(), List.of(Path.of(displayName(descriptorDirectory)))), validator(),
        file -> getLog().debug("reading " + file.displayName()));
    if (sarifFile != null) {
      TextFiles.write(sarifFile.toPath(), run.sarif(VersionProvider.version()), displayName(sarifFile));
      info("wrote " + displayName(sarifFile));
    }
    boolean fails = run.errorCount() > 0 || (failOnWarning && run.warningCount() > 0);
    for (Checked checked : run.checked()) {
      for (Violation violation : checked.violations()) {
        String line = checked.file().displayName() + ": " + violation;
        if (fails) {
          error(line);
        } else {
          warn(line);
        }
      }
    }
    for (ValidationRun.Unreadable unreadable : run.unreadable()) {
      error(unreadable.failure().getMessage());
    }
    if (!run.unreadable().isEmpty()) {
      CliException first = run.unreadable().get(0).failure();
      throw new MojoExecutionException(safe(run.unreadable().size() == 1 ? first.getMessage()
          : run.unreadable().size() + " files cannot be read, the first: " + first.getMessage()), first);
    }
    if (fails) {
      throw failure(run.summary() + (run.errorCount() == 0 ? " and failOnWarning is set" : ""));
    }
    info(run.summary());
  }
}
