package dev.cortexflow;

import dev.cortexflow.env.Environment;
import dev.cortexflow.model.Workflow;
import java.util.List;

/**
 * A class that exposes workflows written with the DSL. {@code cortexflow render --classpath} instantiates every
 * public implementation with a public no-arg constructor and writes one YAML file per workflow.
 *
 * <pre class="compilable">{@code
 * public final class DeployService implements WorkflowSource {
 *   public Workflow workflow() {
 *     return Workflows.workflow("deploy-service", "Deploy service").global()
 *         .startWith(slack("say", "Say", "deploys", "Deploying")).build();
 *   }
 * }
 * }</pre>
 *
 * Implement {@link #workflow()} for one workflow, or override {@link #workflows()} for several. Workflows that
 * differ between environments override {@link #workflows(Environment)} instead.
 */
public interface WorkflowSource {

  /**
   * The one workflow of this source.
   *
   * @throws UnsupportedOperationException by default; implement it, or override {@link #workflows()}
   */
  default Workflow workflow() {
    throw new UnsupportedOperationException(getClass().getName() + " implements neither workflow() nor workflows()");
  }

  /** Every workflow of this source, in a stable order; by default the one of {@link #workflow()}. */
  default List<Workflow> workflows() {
    return List.of(workflow());
  }

  /**
   * The workflows of this source in one environment of the project's
   * {@link dev.cortexflow.env.WorkflowEnvironments}; by default {@link #workflows()}, the same in every
   * environment. Override it to read the environment's values with {@link Environment#get} and to leave a
   * workflow out of some environments (return an empty list there).
   *
   * <pre class="compilable">{@code
   * public List<Workflow> workflows(Environment env) {
   *   return List.of(Workflows.workflow("deploy", "Deploy").global()
   *       .startWith(manualApproval("approve", "Approve", env.get(APPROVING_TEAM))).build());
   * }
   * }</pre>
   *
   * @throws dev.cortexflow.env.MissingEnvironmentValueException when it reads a value the environment lacks
   */
  default List<Workflow> workflows(Environment environment) {
    return workflows();
  }
}
