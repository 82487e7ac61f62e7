package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Workflows keyed by tag, listed in tag order. With a {@link WorkflowFiles} every change is written
 * through before it becomes visible; one lock orders concurrent writes so the disk and memory agree.
 */
final class WorkflowStore {
  private final TreeMap<String, StoredWorkflow> byTag = new TreeMap<>();
  private final Optional<WorkflowFiles> files;

  WorkflowStore(Optional<WorkflowFiles> files) {
    this.files = files;
    files.ifPresent(f -> f.loadAll().forEach(def -> byTag.put(def.tag(), def)));
  }

  /** Inserts or replaces the workflow with the definition's tag. */
  synchronized StoredWorkflow upsert(String tag, ObjectNode definition) {
    StoredWorkflow stored = new StoredWorkflow(Ids.cid("wf", tag), tag, definition);
    files.ifPresent(f -> f.write(stored));
    byTag.put(tag, stored);
    return stored;
  }

  synchronized Optional<StoredWorkflow> find(String tagOrId) {
    StoredWorkflow byKey = byTag.get(tagOrId);
    if (byKey != null) {
      return Optional.of(byKey);
    }
    return byTag.values().stream().filter(w -> w.id().equals(tagOrId)).findFirst();
  }

  synchronized boolean delete(String tagOrId) {
    Optional<StoredWorkflow> found = find(tagOrId);
    if (found.isEmpty()) {
      return false;
    }
    files.ifPresent(f -> f.delete(found.get().tag()));
    byTag.remove(found.get().tag());
    return true;
  }

  synchronized List<StoredWorkflow> all() {
    return new ArrayList<>(byTag.values());
  }

  synchronized int size() {
    return byTag.size();
  }
}
