package dev.cortexflow.withcortex;

import dev.cortexflow.model.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A run of a withcortex.ai workflow.
 *
 * @param id the run id ({@code id})
 * @param status its status ({@code status})
 * @param origin what started it ({@code origin}): {@code WORKFLOW}, {@code RECORD}, {@code TEST}, ...
 * @param workflowId the workflow's id ({@code workflow_id})
 * @param input the input it ran with ({@code input})
 * @param result its final result ({@code result}); {@link JsonValue#NULL} while it runs
 * @param steps what each step produced ({@code output}, an array of steps or an object keyed by step)
 * @param error the error it failed with ({@code error})
 * @param startedAt when it started ({@code started_at})
 * @param endedAt when it ended ({@code ended_at})
 * @param versionNumber the number of the version it ran ({@code workflow_version.version}); empty for a draft
 */
public record WorkflowRun(String id, RunStatus status, String origin, Optional<String> workflowId, JsonValue input,
    JsonValue result, List<StepOutput> steps, Optional<String> error, Optional<String> startedAt,
    Optional<String> endedAt, OptionalInt versionNumber) {

  /** Checks and copies the components. */
  public WorkflowRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(workflowId, "workflowId");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(result, "result");
    steps = List.copyOf(steps);
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(versionNumber, "versionNumber");
  }

  /** The output of the step with {@code key}, when it ran. */
  public Optional<StepOutput> step(String key) {
    return steps.stream().filter(s -> s.key().equals(key)).findFirst();
  }
}
