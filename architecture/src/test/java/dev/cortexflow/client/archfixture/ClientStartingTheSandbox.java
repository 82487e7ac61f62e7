package dev.cortexflow.client.archfixture;

import dev.cortexflow.sandbox.CortexSandbox;

/** Breaks a module boundary: the client module must not depend on dev.cortexflow.sandbox.CortexSandbox. */
final class ClientStartingTheSandbox {
  CortexSandbox other;
}
