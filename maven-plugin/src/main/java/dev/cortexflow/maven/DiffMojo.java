package dev.cortexflow.maven;

import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.Descriptors;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.model.Workflow;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code cortexflow:diff}: what a push would change in the workspace, as {@code cortexflow diff} prints it:
 * workflows to create, to update (with a unified YAML diff), unchanged, and prune candidates inside
 * {@code prunePrefix}. Fails the build on differences only with {@code failOnDifference}, so that it can run in every
 * pull-request build.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DiffMojo extends WorkspaceMojo {

  /** Fail the build when the workspace differs from the descriptors. */
  @Parameter(property = "cortexflow.failOnDifference", defaultValue = "false")
  boolean failOnDifference;

  /** Maven creates mojos. */
  public DiffMojo() {}

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<DescriptorFile> files = DescriptorFiles.expand(context(), List.of(Path.of(displayName(descriptorDirectory))));
    List<Workflow> local = Descriptors.readComparable(files, allowUnknownTypes);
    Descriptors.requireDistinctTags(files, local);
    SyncEngine engine = engine();
    talking(() -> {
      SyncPlan plan = plan(engine, files, local);
      // the plan's text ends with its summary line, which names the requests retried for it, as push's does
      List<String> lines = plan.toText().stripTrailing().lines().collect(Collectors.toList());
      String summary = plan.summary() + retries().suffix();
      lines.set(lines.size() - 1, summary);
      lines.forEach(this::info);
      if (plan.hasDifferences() && failOnDifference) {
        throw failure("the workspace differs from " + displayName(descriptorDirectory)
            + ", and failOnDifference is set. " + summary);
      }
    });
  }
}
