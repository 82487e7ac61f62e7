package dev.cortexflow.dsl.archfixture;

import dev.cortexflow.client.CortexClient;

/** Breaks a module boundary: the dsl module depends only on the core, never on the client. */
final class BuilderCallingTheClient {
  CortexClient client;
}
