package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.client.sync.SyncEngine;
import dev.cortexflow.client.sync.SyncPlan;
import dev.cortexflow.client.sync.SyncScope;
import dev.cortexflow.model.Workflow;
import java.util.List;

/** Planning shared by diff, push and demo. */
final class Plans {

  private Plans() {}

  static SyncPlan plan(SyncEngine engine, List<Workflow> local, String prunePrefix) {
    if (prunePrefix == null) {
      return engine.plan(local);
    }
    try {
      return engine.plan(local, SyncScope.tagPrefix(prunePrefix));
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage(), e);
    }
  }

  static String json(SyncPlan plan) {
    String json = plan.toJson();
    return json.endsWith("\n") ? json : json + "\n";
  }
}
