package dev.cortexflow.architecture.apifixture.internal;

/** Public, but in an internal package: not part of the surface. */
public final class InternalWidget {
  /** Not shown. */
  public void work() {}
}
