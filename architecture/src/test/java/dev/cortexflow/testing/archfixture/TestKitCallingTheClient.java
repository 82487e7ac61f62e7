package dev.cortexflow.testing.archfixture;

import dev.cortexflow.client.CortexClient;

/** Breaks a module boundary: the testing module must not depend on dev.cortexflow.client.CortexClient. */
final class TestKitCallingTheClient {
  CortexClient other;
}
