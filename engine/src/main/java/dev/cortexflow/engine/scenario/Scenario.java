package dev.cortexflow.engine.scenario;

import dev.cortexflow.engine.RunInput;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One scenario file, read: the descriptor it runs, the run's input and what must happen.
 *
 * @param file the scenario file
 * @param name how messages name the file (the path as the user gave it)
 * @param workflow the descriptor ({@code workflow}, resolved against the scenario file's folder)
 * @param environment the environment the descriptor must be rendered for ({@code environment}), if any
 * @param input the run's context, inputs, approvals and answers
 * @param expect what must happen
 */
public record Scenario(Path file, String name, Path workflow, Optional<String> environment, RunInput input,
    Expectations expect) {
  public Scenario {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(expect, "expect");
  }
}
