package dev.cortexflow.archcycleb;

/** The other half of a dependency cycle between two areas. */
public final class B {
  dev.cortexflow.archcyclea.A other;
}
