package dev.cortexflow.maven;

import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.cli.internal.Renderings;
import dev.cortexflow.cli.internal.Renderings.Rendering;
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
 * {@code <tag>.yaml} per workflow, as {@code cortexflow render} does: for the environment {@code cortexflow.env}
 * names, or into a folder per environment when the project declares environments and none is named. Nothing is
 * written when any workflow has an ERROR; only files whose content changes are rewritten.
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
    Renderings renderings = renderings("written");
    String folder = displayName(outputDirectory);
    Path target = outputDirectory.toPath();
    int changed = 0;
    for (Rendering rendering : renderings.all()) {
      String name = rendering.ownFolder().map(own -> folder + "/" + own).orElse(folder);
      List<Path> written = rendering.plan().write(rendering.folder(target), name);
      written.forEach(p -> info("wrote " + name + "/" + p.getFileName()));
      changed += written.size();
    }
    info("rendered " + Plural.of(renderings.fileCount(), "workflow") + " to " + renderings.describe(folder) + " ("
        + changed + " changed)");
  }
}
