package dev.cortexflow.maven;

import dev.cortexflow.cli.internal.Plural;
import dev.cortexflow.cli.internal.Renderings;
import dev.cortexflow.cli.internal.Renderings.Rendering;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code cortexflow:check}: the drift gate. Renders the project's workflows in memory and fails the build when the
 * committed folder of descriptors differs from them, listing each changed, missing and stray file, as
 * {@code cortexflow render --check} does. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends RenderingMojo {

  /** The committed folder of descriptors that must equal what {@code render} produces. */
  @Parameter(property = "cortexflow.descriptorDirectory", defaultValue = "${project.basedir}/src/main/cortexflow",
      required = true)
  File descriptorDirectory;

  /** Maven creates mojos. */
  public CheckMojo() {}

  @Override
  void run() throws MojoFailureException {
    Renderings renderings = renderings("checked");
    String folder = displayName(descriptorDirectory);
    Path committed = descriptorDirectory.toPath();
    List<String> differences = new ArrayList<>();
    renderings.strays(committed).forEach(stray -> differences.add(stray + ": not rendered from any environment"));
    for (Rendering rendering : renderings.all()) {
      String prefix = rendering.ownFolder().map(own -> own + "/").orElse("");
      rendering.plan().differences(rendering.folder(committed)).forEach(d -> differences.add(prefix + d));
    }
    if (differences.isEmpty()) {
      info(Plural.of(renderings.fileCount(), "workflow") + " up to date in " + renderings.describe(folder));
      return;
    }
    differences.forEach(d -> error(folder + "/" + d));
    throw failure(Plural.of(differences.size(), "difference") + " in " + renderings.describe(folder)
        + " (to update it: mvn compile cortexflow:render -Dcortexflow.outputDirectory=" + folder + ")");
  }
}
