package dev.cortexflow.maven;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.ExitCodes;
import dev.cortexflow.cli.internal.Secrets;
import dev.cortexflow.cli.internal.TerminalText;
import dev.cortexflow.validate.WorkflowValidator;
import java.io.File;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the project, {@code skip}, logging through Maven's log with the API token masked and
 * control characters from descriptors or servers made visible instead of obeyed ({@link #safe(String)}), and
 * turning a known failure into a build failure with its one-line message. Violations and differences fail the build
 * ({@link MojoFailureException}); unreadable input and bad configuration are a build error
 * ({@link MojoExecutionException}), as exit codes 1 and 2 of the command line.
 */
abstract class CortexflowMojo extends AbstractMojo {

  /** The project the goal runs in. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Skips the goal. */
  @Parameter(property = "cortexflow.skip", defaultValue = "false")
  boolean skip;

  /**
   * Accept block, input, override, source and filter types cortexflow does not know yet: UNKNOWN_TYPE is then a
   * WARNING instead of an ERROR (validate, render, check, diff, push), as {@code --allow-unknown-types} does on the
   * command line. The server still decides whether it accepts them.
   */
  @Parameter(property = "cortexflow.allowUnknownTypes", defaultValue = "false")
  boolean allowUnknownTypes;

  /** Values never logged (the API token). */
  final Secrets secrets = new Secrets();

  /** Environment variables; a field so that tests can give their own. */
  Map<String, String> environment = System.getenv();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("skipped (cortexflow.skip)");
      return;
    }
    try {
      run();
    } catch (CliException e) {
      String message = safe(e.getMessage());
      if (e.exitCode() == ExitCodes.FAILURE) {
        throw new MojoFailureException(message, e);
      }
      throw new MojoExecutionException(message, e);
    }
  }

  /** The validator the goal starts from: the standard one, or the one allowing unknown types. */
  WorkflowValidator validator() {
    return allowUnknownTypes ? WorkflowValidator.allowingUnknownTypes() : WorkflowValidator.standard();
  }

  /** Does the goal's work. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /**
   * The command line's view of the build: paths resolve against the project's folder. Nothing is printed through it;
   * goals log through Maven's log.
   */
  CliContext context() {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return new CliContext(nowhere, nowhere, environment, project.getBasedir().toPath(), false);
  }

  /** {@code file} as messages name it: relative to the project's folder when inside it. */
  String displayName(File file) {
    Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    Path path = file.toPath().toAbsolutePath().normalize();
    return path.startsWith(base) && !path.equals(base)
        ? base.relativize(path).toString().replace(File.separatorChar, '/') : path.toString();
  }

  /** {@code text} as it may be logged: the API token masked, then control characters escaped, as the cli prints. */
  String safe(String text) {
    return TerminalText.escape(secrets.mask(String.valueOf(text)));
  }

  void info(String line) {
    getLog().info(safe(line));
  }

  void warn(String line) {
    getLog().warn(safe(line));
  }

  void error(String line) {
    getLog().error(safe(line));
  }

  /** A build failure (violations, differences, rejected writes) with {@code message}. */
  MojoFailureException failure(String message) {
    return new MojoFailureException(safe(message));
  }
}
