package dev.cortexflow.engine.archfixture;

import dev.cortexflow.dsl.WorkflowBuilder;

/** Breaks a module boundary: the engine runs the model and must not depend on the builder. */
final class EngineUsingTheBuilder {
  WorkflowBuilder builder;
}
