package dev.cortexflow.client.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.client.http.JsonText;
import java.util.List;

/**
 * What {@link SyncEngine#apply} did. Either validation found problems and nothing was written
 * ({@link #problems()} non-empty, {@link #results()} empty), or every planned change has a result, in the plan's
 * order.
 */
public final class SyncReport {

  private final List<SyncResult> results;
  private final List<SyncProblem> problems;

  SyncReport(List<SyncResult> results, List<SyncProblem> problems) {
    this.results = List.copyOf(results);
    this.problems = List.copyOf(problems);
  }

  /** One result per planned change, ordered by tag. */
  public List<SyncResult> results() {
    return results;
  }

  /** The validation problems that stopped the apply before any write; empty when it went ahead. */
  public List<SyncProblem> problems() {
    return problems;
  }

  /** Whether everything was valid and every write succeeded. */
  public boolean isSuccess() {
    return problems.isEmpty() && results.stream().noneMatch(r -> r.outcome() == SyncOutcome.FAILED);
  }

  /**
   * Whether a write failed because the server could not be reached or used, and every failure was of that kind
   * (no workflow was refused for its content).
   */
  public boolean isServiceFailure() {
    List<SyncResult> failed = results.stream().filter(r -> r.outcome() == SyncOutcome.FAILED).toList();
    return problems.isEmpty() && !failed.isEmpty() && failed.stream().allMatch(SyncResult::serviceFailure);
  }

  /** How many results have {@code outcome}. */
  public int count(SyncOutcome outcome) {
    return (int) results.stream().filter(r -> r.outcome() == outcome).count();
  }

  /**
   * {@code Applied: 1 created, 2 updated, 497 unchanged, 0 pruned, 0 drafted, 0 skipped, 0 failed}, followed by
   * {@code , 2 already drafted} when prune candidates were drafts already.
   */
  public String summary() {
    if (!problems.isEmpty()) {
      return "Nothing written: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s");
    }
    return "Applied: " + count(SyncOutcome.CREATED) + " created, " + count(SyncOutcome.UPDATED) + " updated, "
        + count(SyncOutcome.UNCHANGED) + " unchanged, " + count(SyncOutcome.PRUNED) + " pruned, "
        + count(SyncOutcome.DRAFTED) + " drafted, " + count(SyncOutcome.SKIPPED) + " skipped, "
        + count(SyncOutcome.FAILED) + " failed"
        + (count(SyncOutcome.ALREADY_DRAFTED) == 0 ? "" : ", " + count(SyncOutcome.ALREADY_DRAFTED)
            + " already drafted");
  }

  /**
   * The report as deterministic JSON: {@code {"success", "summary": {...}, "problems": [...], "results": [...]}}.
   * {@code summary} counts the results by outcome ({@code created}, {@code updated}, {@code unchanged}, {@code
   * pruned}, {@code drafted}, {@code skipped}, {@code alreadyDrafted}, {@code failed}); a result has {@code error}
   * only when it failed.
   */
  public String toJson() {
    ObjectNode root = JsonText.object();
    root.put("success", isSuccess());
    ObjectNode summary = root.putObject("summary");
    for (SyncOutcome outcome : SyncOutcome.values()) {
      summary.put(outcome == SyncOutcome.ALREADY_DRAFTED ? "alreadyDrafted" : outcome.verb(), count(outcome));
    }
    ArrayNode p = root.putArray("problems");
    for (SyncProblem problem : problems) {
      ObjectNode item = p.addObject();
      item.put("tag", problem.tag());
      item.put("code", problem.code());
      item.put("pointer", problem.pointer());
      item.put("message", problem.message());
    }
    ArrayNode r = root.putArray("results");
    for (SyncResult result : results) {
      ObjectNode item = r.addObject();
      item.put("tag", result.tag());
      item.put("outcome", result.outcome().verb());
      result.error().ifPresent(e -> item.put("error", e));
    }
    return JsonText.write(root);
  }

  @Override
  public String toString() {
    return summary();
  }
}
