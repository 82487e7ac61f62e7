package dev.cortexflow.maven;

import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.DescriptorFiles;
import dev.cortexflow.cli.internal.ValidatedDescriptors;
import dev.cortexflow.client.sync.ApplyOptions;
import dev.cortexflow.client.sync.PrunePolicy;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.client.sync.SyncProblem;
import dev.cortexflow.client.sync.SyncReport;
import dev.cortexflow.client.sync.SyncResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code cortexflow:push}: validates every descriptor, then creates or updates them in the workspace, as
 * {@code cortexflow push} does. Nothing is written when any file has an ERROR. Live workflows inside
 * {@code prunePrefix} that no file defines are left alone, drafted or deleted ({@code prune}).
 */
@Mojo(name = "push", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class PushMojo extends WorkspaceMojo {

  /** Log the plan and change nothing. */
  @Parameter(property = "cortexflow.dryRun", defaultValue = "false")
  boolean dryRun;

  /** {@code ignore}, {@code draft} or {@code delete} the live workflows inside {@code prunePrefix} no file defines. */
  @Parameter(property = "cortexflow.prune", defaultValue = "ignore")
  String prune = "ignore";

  /** Also validate every workflow on the server before writing. */
  @Parameter(property = "cortexflow.serverValidate", defaultValue = "false")
  boolean serverValidate;

  /** Workflows written at once, 1 to 16. */
  @Parameter(property = "cortexflow.concurrency", defaultValue = "4")
  int concurrency = 4;

  /** Maven creates mojos. */
  public PushMojo() {}

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    PrunePolicy policy = policy();
    if (policy != PrunePolicy.IGNORE && prunePrefix == null) {
      throw CliException.usage("prune " + prune.strip() + " needs prunePrefix to say which workflows it may touch");
    }
    if (concurrency < 1 || concurrency > 16) {
      throw CliException.usage("concurrency " + concurrency + " is not valid: use 1 to 16");
    }
    List<DescriptorFile> files = DescriptorFiles.expand(context(), List.of(Path.of(displayName(descriptorDirectory))));
    ValidatedDescriptors checked = ValidatedDescriptors.of(files, validator());
    if (!checked.isValid()) {
      checked.errors().forEach(this::error);
      throw failure(checked.summary());
    }
    SyncEngine engine = engine();
    ApplyOptions options = ApplyOptions.defaults().withPrunePolicy(policy).withServerValidation(serverValidate)
        .withConcurrency(concurrency).withValidator(validator());
    talking(() -> {
      SyncPlan plan = plan(engine, files, checked.workflows());
      plan.toText().stripTrailing().lines().forEach(this::info);
      if (dryRun) {
        info("dry run: nothing changed");
        return;
      }
      apply(engine, plan, options);
    });
  }

  private void apply(SyncEngine engine, SyncPlan plan, ApplyOptions options) throws MojoFailureException {
    SyncReport report = engine.apply(plan, options.withListener((done, total, result) ->
        info("[" + done + "/" + total + "] " + result.outcome().verb() + " " + result.tag())));
    for (SyncProblem problem : report.problems()) {
      error(problem.toString());
    }
    for (SyncResult result : report.results()) {
      result.error().ifPresent(e -> error(result.tag() + ": " + e));
    }
    if (!report.isSuccess()) {
      throw failure(report.summary() + retries().suffix());
    }
    info(report.summary() + retries().suffix());
  }

  private PrunePolicy policy() {
    try {
      return PrunePolicy.valueOf(prune.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CliException.usage("prune '" + prune + "' is not valid: use ignore, draft or delete", e);
    }
  }
}
