package dev.cortexflow.model.archfixture;

import dev.cortexflow.dsl.WorkflowBuilder;

/** Breaks the rule that the core module depends on no other module: the model must not see the builder. */
final class ModelUsingTheBuilder {
  WorkflowBuilder builder;
}
