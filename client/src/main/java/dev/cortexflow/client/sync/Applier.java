package dev.cortexflow.client.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.DescriptorFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Carries out a validated plan: the writes run on a small pool; one failure never stops the others. */
final class Applier {

  private final CortexClient client;
  private final WorkflowCodec codec;

  Applier(CortexClient client, WorkflowCodec codec) {
    this.client = client;
    this.codec = codec;
  }

  List<SyncResult> apply(SyncPlan plan, ApplyOptions options) {
    List<PlannedChange> changes = plan.changes();
    SyncResult[] results = new SyncResult[changes.size()];
    List<Integer> writes = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      SyncResult settled = withoutRequest(changes.get(i), options.prunePolicy());
      if (settled == null) {
        writes.add(i);
      } else {
        results[i] = settled;
      }
    }
    if (!writes.isEmpty()) {
      runWrites(changes, writes, results, options);
    }
    return List.of(results);
  }

  /** The result of a change that needs no request, or null when it needs one. */
  private static SyncResult withoutRequest(PlannedChange change, PrunePolicy policy) {
    return switch (change.kind()) {
      case UNCHANGED -> SyncResult.of(change.tag(), SyncOutcome.UNCHANGED);
      case CREATE, UPDATE -> null;
      case PRUNE_CANDIDATE -> policy == PrunePolicy.IGNORE ? SyncResult.of(change.tag(), SyncOutcome.SKIPPED)
          : policy == PrunePolicy.DRAFT && change.isDrafted()
              ? SyncResult.of(change.tag(), SyncOutcome.ALREADY_DRAFTED)
              : null;
    };
  }

  private void runWrites(List<PlannedChange> changes, List<Integer> writes, SyncResult[] results,
      ApplyOptions options) {
    AtomicInteger done = new AtomicInteger();
    Object progressLock = new Object();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.concurrency(), writes.size()), r -> {
      Thread t = new Thread(r, "cortexflow-sync");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int index : writes) {
        futures.add(pool.submit(() -> {
          synchronized (progressLock) {
            options.listener().onStart(changes.get(index).tag(), writes.size());
          }
          SyncResult result = write(changes.get(index), options.prunePolicy());
          results[index] = result;
          synchronized (progressLock) {
            options.listener().onResult(done.incrementAndGet(), writes.size(), result);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("sync interrupted", e);
    } catch (ExecutionException e) {
      // only the listener can throw here: write() catches everything else
      throw new IllegalStateException("progress listener failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private SyncResult write(PlannedChange change, PrunePolicy policy) {
    String tag = change.tag();
    try {
      switch (change.kind()) {
        case CREATE, UPDATE -> {
          client.createOrUpdate(codec.json(change.local().orElseThrow()), DescriptorFormat.JSON);
          return SyncResult.of(tag, change.kind() == ChangeKind.CREATE ? SyncOutcome.CREATED : SyncOutcome.UPDATED);
        }
        case PRUNE_CANDIDATE -> {
          return prune(change, policy);
        }
        default -> throw new IllegalStateException("no write for " + change);
      }
    } catch (CortexApiException e) {
      return SyncResult.failed(tag, e.getMessage(), e.isServiceFailure());
    } catch (RuntimeException e) {
      return SyncResult.failed(tag, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
    }
  }

  private SyncResult prune(PlannedChange change, PrunePolicy policy) {
    if (policy == PrunePolicy.DELETE) {
      try {
        client.deleteWorkflow(change.tag());
      } catch (CortexApiException.NotFound alreadyGone) {
        // deleted by someone else since the plan: the goal is reached
      }
      return SyncResult.of(change.tag(), SyncOutcome.PRUNED);
    }
    ObjectNode draft = Planner.objectOf(Planner.withoutServerKeys(change.liveJson().orElseThrow()));
    draft.put("isDraft", true);
    client.createOrUpdate(draft.toString(), DescriptorFormat.JSON);
    return SyncResult.of(change.tag(), SyncOutcome.DRAFTED);
  }
}
