package dev.cortexflow.archcyclea;

/** One half of a dependency cycle between two areas. */
public final class A {
  dev.cortexflow.archcycleb.B other;
}
