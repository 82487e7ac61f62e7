package dev.cortexflow.engine.archfixture;

import dev.cortexflow.client.CortexClient;

/** Breaks the rule that the engine depends only on the dsl. */
final class EngineCallingTheClient {
  CortexClient client;
}
