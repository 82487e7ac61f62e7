package dev.cortexflow.model.archfixture;

import dev.cortexflow.client.CortexClient;

/** Breaks the rule that the core module depends on no other module. */
final class ModelCallingTheClient {
  CortexClient client;
}
