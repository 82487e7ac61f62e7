package dev.cortexflow.client.archfixture;

import dev.cortexflow.dsl.WorkflowBuilder;

/** Breaks a module boundary: the client works on the model and must not depend on the builder. */
final class ClientUsingTheBuilder {
  WorkflowBuilder builder;
}
