package dev.cortexflow.maven.archfixture;

import dev.cortexflow.sandbox.CortexSandbox;

/** Breaks a module boundary: the Maven plugin must not depend on dev.cortexflow.sandbox.CortexSandbox. */
final class PluginStartingTheSandbox {
  CortexSandbox other;
}
