package dev.cortexflow.env;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Workflow;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The environments of a project: one public class with a public no-arg constructor that lists them, found by
 * {@code cortexflow render --classpath} next to the {@link WorkflowSource} classes. Every workflow source is then
 * built once per environment through {@link WorkflowSource#workflows(Environment)}.
 *
 * <pre class="compilable">{@code
 * public final class AcmeEnvironments implements WorkflowEnvironments {
 *   public List<Environment> environments() {
 *     return List.of(
 *         Environment.named("staging").set(APPROVING_TEAM, "platform-team").build(),
 *         Environment.named("production").set(APPROVING_TEAM, "release-managers").build());
 *   }
 * }
 * }</pre>
 */
public interface WorkflowEnvironments {

  /** Every environment, in a stable order, each name once. */
  List<Environment> environments();

  /**
   * The environments of {@code declaration}, checked: at least one, no null, no name twice.
   *
   * @throws IllegalArgumentException naming the class and the problem
   */
  static List<Environment> of(WorkflowEnvironments declaration) {
    Objects.requireNonNull(declaration, "declaration");
    String owner = declaration.getClass().getName();
    List<Environment> all = declaration.environments();
    if (all == null || all.isEmpty()) {
      throw new IllegalArgumentException(owner + " declares no environment: return at least one");
    }
    Set<String> names = new HashSet<>();
    for (Environment environment : all) {
      if (environment == null) {
        throw new IllegalArgumentException(owner + ".environments() holds null: return built environments");
      }
      if (!names.add(environment.name())) {
        throw new IllegalArgumentException(owner + " declares environment '" + environment.name() + "' twice");
      }
    }
    return List.copyOf(all);
  }

  /**
   * The workflows of {@code source} in {@code environment}; a value the environment lacks is a
   * {@link MissingEnvironmentValueException} naming the source's class as the reader.
   */
  static List<Workflow> workflowsOf(WorkflowSource source, Environment environment) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(environment, "environment");
    try {
      return source.workflows(environment);
    } catch (MissingEnvironmentValueException e) {
      throw e.reader().isPresent() ? e : e.readBy(source.getClass().getName());
    }
  }
}
