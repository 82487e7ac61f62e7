package dev.cortexflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the API snapshot records of a type, and how a change shows. */
class ApiSurfaceTest {

  @Test
  void the_surface_lists_public_and_protected_members_of_visible_types_with_their_generic_types() {
    List<String> surface = ApiSurface.of(new ClassFileImporter()
        .importPackages("dev.cortexflow.architecture.apifixture"));

    String widget = "dev.cortexflow.architecture.apifixture.Widget";
    assertThat(surface).containsExactly(
        widget + " class public implements java.lang.Comparable<dev.cortexflow.architecture.apifixture.Widget>",
        widget + "#<T extends java.lang.Comparable<T>> largest(java.util.List<T>) : T protected static",
        widget + "#<init>(java.util.List<java.lang.String>) public",
        widget + "#NAME : java.lang.String final public static",
        widget + "#compareTo(dev.cortexflow.architecture.apifixture.Widget) : int public",
        widget + "#parts() : java.util.Optional<java.util.List<java.lang.String>> public",
        widget + "#size : int protected",
        widget + "#sizes(java.lang.String[]) : int[] public static",
        widget + "$Part interface abstract public static",
        widget + "$Part#label() : java.lang.String abstract public");
  }

  @Test
  void a_changed_surface_shows_each_removed_and_added_line() {
    List<String> recorded = List.of("a.A class public", "a.A#size() : int public", "a.A#x() : int public");
    List<String> now = List.of("a.A class public", "a.A#size() : long public", "a.A#x() : int public");

    assertThat(ApiSnapshotTest.diff(recorded, now))
        .isEqualTo("- a.A#size() : int public\n+ a.A#size() : long public\n");
    assertThat(ApiSnapshotTest.diff(now, now)).isEmpty();
  }
}
