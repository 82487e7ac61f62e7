package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.DescriptorFile;
import dev.cortexflow.cli.internal.Descriptors;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.client.sync.SourceFile;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.client.sync.SyncScope;
import dev.cortexflow.model.Workflow;
import java.util.List;
import java.util.Map;

/** Planning shared by diff, push and demo. */
final class Plans {

  private Plans() {}

  /** The plan for {@code local}, with diffs of the canonical YAML (no files known). */
  static SyncPlan plan(SyncEngine engine, List<Workflow> local, String prunePrefix) {
    return plan(engine, List.of(), local, prunePrefix);
  }

  /** The plan for {@code local}, read from {@code files} (in the same order), so that diffs point at the files. */
  static SyncPlan plan(SyncEngine engine, List<DescriptorFile> files, List<Workflow> local, String prunePrefix) {
    Map<String, SourceFile> sources = Descriptors.sources(files, local);
    if (prunePrefix == null) {
      return engine.plan(local, sources);
    }
    try {
      return engine.plan(local, sources, SyncScope.tagPrefix(prunePrefix));
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage(), e);
    }
  }

  /**
   * Warns on stderr when {@code prefix} does not end in {@code -}: {@code load} also matches {@code loadtest-1},
   * so a prune could reach another family of workflows.
   */
  static void warnAboutOpenPrefix(String prefix, Output output) {
    if (prefix != null && !prefix.isBlank() && !prefix.endsWith("-")) {
      output.error("warning: --prune-prefix '" + prefix + "' does not end in '-', so it also matches e.g. '"
          + prefix + "test-1': end it in '-' ('" + prefix + "-') to match one family of tags only");
    }
  }
}
