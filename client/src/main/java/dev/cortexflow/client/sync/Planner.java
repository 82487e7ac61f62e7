package dev.cortexflow.client.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.WorkflowQuery;
import dev.cortexflow.client.WorkflowSummary;
import dev.cortexflow.client.internal.LiveWorkflows;
import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Makes a {@link SyncPlan} from local workflows and one paged list call. */
final class Planner {

  private final CortexClient client;
  private final WorkflowCodec codec;

  Planner(CortexClient client, WorkflowCodec codec) {
    this.client = client;
    this.codec = codec;
  }

  SyncPlan plan(Collection<Workflow> local, Map<String, SourceFile> sources, Optional<SyncScope> scope) {
    Map<String, Workflow> byTag = new LinkedHashMap<>();
    for (Workflow w : local) {
      if (byTag.putIfAbsent(w.tag(), w) != null) {
        throw new IllegalArgumentException("two local workflows have tag '" + w.tag() + "'");
      }
    }
    Map<String, WorkflowSummary> live = new LinkedHashMap<>();
    for (WorkflowSummary s : client.listWorkflows(WorkflowQuery.all().withActions())) {
      live.putIfAbsent(s.tag(), s);
    }
    List<PlannedChange> changes = new ArrayList<>();
    byTag.forEach((tag, w) -> {
      WorkflowSummary remote = live.get(tag);
      changes.add(remote == null
          ? new PlannedChange(tag, ChangeKind.CREATE, Optional.of(w), Optional.empty(), "", Optional.empty())
          : compare(w, remote.json(), Optional.ofNullable(sources.get(tag))));
    });
    if (scope.isPresent()) {
      live.forEach((tag, remote) -> {
        if (!byTag.containsKey(tag) && scope.get().contains(tag)) {
          changes.add(new PlannedChange(tag, ChangeKind.PRUNE_CANDIDATE, Optional.empty(),
              Optional.of(remote.json()), "", Optional.empty()));
        }
      });
    }
    return new SyncPlan(changes, scope);
  }

  private PlannedChange compare(Workflow local, String liveJson, Optional<SourceFile> source) {
    String tag = local.tag();
    String localText = source.map(SourceFile::text).orElseGet(() -> codec.yaml(local));
    DescriptorDiff.Result diff;
    try {
      Workflow live = withoutServerKeys(codec.read(liveJson));
      if (Normalizer.normalize(live).equals(Normalizer.normalize(local))) {
        return unchanged(local, liveJson);
      }
      Workflow aligned = Normalizer.alignBlocks(live, local);
      if (codec.yaml(aligned).equals(codec.yaml(local))) {
        // equal once written: differences the descriptor cannot show (e.g. 1 vs 1.0), with or without a file
        return unchanged(local, liveJson);
      }
      diff = DescriptorDiff.of(tag, aligned, localText, source);
    } catch (IllegalArgumentException e) {
      String unreadable = "# the live definition could not be read: " + e.getMessage() + "\n";
      diff = new DescriptorDiff.Result(unreadable, UnifiedDiff.diff("live/" + tag, unreadable,
          source.map(SourceFile::path).orElse("local/" + tag + ".yaml"), localText));
    }
    if (diff.diff().isEmpty()) {
      return unchanged(local, liveJson);
    }
    return new PlannedChange(tag, ChangeKind.UPDATE, Optional.of(local), Optional.of(liveJson), diff.diff(),
        Optional.of(diff.liveAsLocal()));
  }

  private static PlannedChange unchanged(Workflow local, String liveJson) {
    return new PlannedChange(local.tag(), ChangeKind.UNCHANGED, Optional.of(local), Optional.of(liveJson), "",
        Optional.empty());
  }

  /** The live workflow without the keys the server manages (read as unknown keys, so kept in extensions). */
  static Workflow withoutServerKeys(Workflow live) {
    if (LiveWorkflows.SERVER_KEYS.stream().noneMatch(live.extensions()::containsKey)) {
      return live;
    }
    Map<String, JsonValue> kept = new LinkedHashMap<>(live.extensions());
    LiveWorkflows.SERVER_KEYS.forEach(kept::remove);
    return ImmutableWorkflow.copyOf(live).withExtensions(kept);
  }

  static String withoutServerKeys(String json) {
    return LiveWorkflows.withoutServerKeys(json);
  }

  static ObjectNode objectOf(String json) {
    return LiveWorkflows.objectOf(json);
  }
}
