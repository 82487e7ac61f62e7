package dev.cortexflow.maven;

import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.cli.internal.RenderPlan;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code cortexflow:render}: renders the workflows of the project's {@code WorkflowSource} classes to one
 * {@code <tag>.yaml} per workflow, as {@code cortexflow render} does. Nothing is written when any workflow has an
 * ERROR; only files whose content changes are rewritten.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class RenderMojo extends RenderingMojo {

  /** Folder of the YAML files. */
  @Parameter(property = "cortexflow.outputDirectory", defaultValue = "${project.build.directory}/cortexflow",
      required = true)
  File outputDirectory;

  /** Maven creates mojos. */
  public RenderMojo() {}

  @Override
  void run() throws MojoFailureException {
    RenderPlan plan = plan("written");
    String folder = displayName(outputDirectory);
    Path target = outputDirectory.toPath();
    List<Path> written = plan.write(target, folder);
    written.forEach(p -> info("wrote " + folder + "/" + p.getFileName()));
    info("rendered " + Plural.of(plan.files().size(), "workflow") + " to " + folder + " (" + written.size()
        + " changed)");
  }
}
