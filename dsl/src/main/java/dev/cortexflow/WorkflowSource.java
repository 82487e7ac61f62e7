package dev.cortexflow;

import dev.cortexflow.model.Workflow;
import java.util.List;

/**
 * A class that exposes workflows written with the DSL. {@code cortexflow render --classpath} instantiates every
 * public implementation with a public no-arg constructor and writes one YAML file per workflow.
 *
 * <pre>{@code
 * public final class DeployService implements WorkflowSource {
 *   public Workflow workflow() {
 *     return Workflows.workflow("deploy-service", "Deploy service").global()
 *         .startWith(slack("say", "Say", "deploys", "Deploying")).build();
 *   }
 * }
 * }</pre>
 *
 * Implement {@link #workflow()} for one workflow, or override {@link #workflows()} for several.
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
}
