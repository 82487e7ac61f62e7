package dev.cortexflow.architecture.apifixture;

import java.util.List;
import java.util.Optional;

/** A public type whose surface the snapshot shows in part: what is public or protected, nothing else. */
public class Widget implements Comparable<Widget> {
  /** Shown. */
  public static final String NAME = "widget";
  /** Shown. */
  protected int size;
  int hidden;
  private int secret;

  /** Shown. */
  public Widget(List<String> parts) {}

  Widget() {}

  /** Shown, with its generic types. */
  public Optional<List<String>> parts() {
    return Optional.empty();
  }

  /** Shown, with its type parameter. */
  protected static <T extends Comparable<T>> T largest(List<T> items) {
    return items.get(0);
  }

  /** Shown, with its arrays as Java writes them. */
  public static int[] sizes(String... names) {
    return new int[0];
  }

  void packagePrivate() {}

  private void secret() {}

  @Override
  public int compareTo(Widget other) {
    return 0;
  }

  /** Shown: a public nested type of a public type. */
  public interface Part {
    /** Shown. */
    String label();
  }

  private static final class Hidden {
    public void invisible() {}
  }
}
