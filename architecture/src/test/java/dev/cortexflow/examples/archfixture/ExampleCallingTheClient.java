package dev.cortexflow.examples.archfixture;

import dev.cortexflow.client.CortexClient;

/** Breaks a module boundary: the examples module must not depend on dev.cortexflow.client.CortexClient. */
final class ExampleCallingTheClient {
  CortexClient other;
}
