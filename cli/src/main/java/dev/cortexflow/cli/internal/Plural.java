package dev.cortexflow.cli.internal;

/** Counts with a noun: {@code 1 error}, {@code 2 errors}. */
public final class Plural {

  private Plural() {}

  /** {@code count} followed by {@code noun}, with an 's' unless the count is one. */
  public static String of(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
