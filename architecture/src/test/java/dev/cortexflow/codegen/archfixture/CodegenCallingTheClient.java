package dev.cortexflow.codegen.archfixture;

import dev.cortexflow.client.CortexClient;

/** Breaks a module boundary: the codegen module must not depend on dev.cortexflow.client.CortexClient. */
final class CodegenCallingTheClient {
  CortexClient other;
}
