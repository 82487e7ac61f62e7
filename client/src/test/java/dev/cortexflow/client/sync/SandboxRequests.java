package dev.cortexflow.client.sync;

import dev.cortexflow.sandbox.CortexSandbox;
import dev.cortexflow.sandbox.RecordedRequest;
import java.util.Comparator;
import java.util.List;

/**
 * The requests a sandbox received after a mark. The sandbox records a request just after answering it, so a
 * client may see the answer first: wait until every request counted so far is recorded.
 */
public final class SandboxRequests {

  private SandboxRequests() {}

  /** The requests numbered after {@code mark}, in arrival order. */
  public static List<RecordedRequest> after(CortexSandbox sandbox, long mark) {
    long upTo = sandbox.requestCount();
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (true) {
      List<RecordedRequest> seen = sandbox.recordedRequests().stream()
          .filter(r -> r.number() > mark && r.number() <= upTo)
          .sorted(Comparator.comparingLong(RecordedRequest::number)).toList();
      if (seen.size() == upTo - mark || System.nanoTime() > deadline) {
        return seen;
      }
      Thread.onSpinWait();
    }
  }
}
