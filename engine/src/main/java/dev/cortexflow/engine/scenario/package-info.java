/**
 * Scenario files: one YAML file describes one local run of a workflow descriptor and what must happen
 * ({@link dev.cortexflow.engine.scenario.ScenarioReader}, {@link dev.cortexflow.engine.scenario.ScenarioRunner}).
 * {@code cortexflow test} runs them.
 */
package dev.cortexflow.engine.scenario;
