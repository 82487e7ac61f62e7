package dev.cortexflow.sandbox.archfixture;

import dev.cortexflow.client.CortexClient;

/** Breaks a module boundary: the sandbox module must not depend on dev.cortexflow.client.CortexClient. */
final class SandboxCallingTheClient {
  CortexClient other;
}
