package dev.cortexflow.withcortex.archfixture;

import dev.cortexflow.sandbox.CortexSandbox;

/** Breaks a module boundary: the withcortex.ai module must not depend on dev.cortexflow.sandbox.CortexSandbox. */
final class WithCortexStartingTheSandbox {
  CortexSandbox other;
}
