package dev.cortexflow.client.sync;

import dev.cortexflow.client.CortexApiException;
import dev.cortexflow.client.CortexClient;
import dev.cortexflow.client.DescriptorFormat;
import dev.cortexflow.client.PreflightCheck;
import dev.cortexflow.client.ServerViolation;
import dev.cortexflow.client.ValidationResult;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import dev.cortexflow.codec.WorkflowJson;
import java.util.ArrayList;
import java.util.List;

/** Everything that must pass before the first write: local rules, then optionally the server and pre-flight. */
final class Prevalidator {

  private final CortexClient client;
  private final WorkflowCodec codec;

  Prevalidator(CortexClient client, WorkflowCodec codec) {
    this.client = client;
    this.codec = codec;
  }

  List<SyncProblem> problems(SyncPlan plan, ApplyOptions options) {
    List<SyncProblem> out = new ArrayList<>();
    for (PlannedChange change : plan.changes()) {
      change.local().ifPresent(w -> local(options.validator(), w, out));
    }
    if (!out.isEmpty()) {
      return out;
    }
    List<Workflow> toWrite = new ArrayList<>();
    for (PlannedChange change : plan.changes()) {
      if (change.kind() == ChangeKind.CREATE || change.kind() == ChangeKind.UPDATE) {
        toWrite.add(change.local().orElseThrow());
      }
    }
    if (options.serverValidation()) {
      toWrite.forEach(w -> server(w, out));
    }
    if (options.preflight() && !toWrite.isEmpty()) {
      PreflightCheck check = PreflightCheck.against(client);
      for (Workflow w : toWrite) {
        for (Violation v : check.check(w)) {
          out.add(new SyncProblem(w.tag(), v));
        }
      }
    }
    return out;
  }

  private static void local(WorkflowValidator validator, Workflow w, List<SyncProblem> out) {
    List<Violation> found = WorkflowJson.sizeViolation(w).stream().toList();
    for (Violation v : validator.validate(w, found).errors()) {
      out.add(new SyncProblem(w.tag(), v));
    }
  }

  private void server(Workflow w, List<SyncProblem> out) {
    ValidationResult result;
    try {
      result = client.validate(codec.json(w), DescriptorFormat.JSON);
    } catch (CortexApiException e) {
      if (e.isServiceFailure()) {
        // the server cannot be used: nothing is written, and the caller tells an outage from a rejection
        throw e;
      }
      out.add(new SyncProblem(w.tag(), Violation.error(ServerViolation.CODE, "",
          "could not be validated: " + e.getMessage())));
      return;
    }
    for (ServerViolation v : result.violations()) {
      if (v.isBlocking()) {
        out.add(new SyncProblem(w.tag(), v.toViolation()));
      }
    }
    if (!result.ok() && result.violations().stream().noneMatch(ServerViolation::isBlocking)) {
      out.add(new SyncProblem(w.tag(), Violation.error(ServerViolation.CODE, "",
          "the server does not accept the workflow")));
    }
  }
}
