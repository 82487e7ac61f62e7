package dev.cortexflow.examples;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.examples.corpus.CreateEnvironment;
import dev.cortexflow.examples.corpus.InstallScorecard;
import dev.cortexflow.examples.corpus.TriggerGithubDeploy;
import dev.cortexflow.model.Workflow;
import java.util.List;

/**
 * Every example workflow source, in a stable order: the five showcase workflows, then three of Cortex's own
 * published workflows re-created with the DSL ({@code dev.cortexflow.examples.corpus}).
 *
 * <pre>{@code
 * for (Workflow wf : Examples.workflows()) {
 *   System.out.println(wf.tag());
 * }
 * }</pre>
 */
public final class Examples {

  private Examples() {}

  /** New instances of every example source. */
  public static List<WorkflowSource> all() {
    return List.of(new DeployService(), new ServiceOnboarding(), new IncidentEscalation(),
        new NewServiceScaffolding(), new AccessReview(), new TriggerGithubDeploy(), new CreateEnvironment(),
        new InstallScorecard());
  }

  /** Every example workflow, built and validated. */
  public static List<Workflow> workflows() {
    return all().stream().flatMap(source -> source.workflows().stream()).toList();
  }

  /**
   * The example the demo runs through the Runs API on the sandbox: runnable via API, no human step, and an async
   * HTTP block that waits for a callback.
   */
  public static WorkflowSource runnableDemo() {
    return new IncidentEscalation();
  }
}
