package dev.cortexflow.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void equal_texts_have_no_diff() {
    assertThat(LineDiff.diff("a\nb\n", "a\nb\n")).isEmpty();
  }

  @Test
  void separate_changes_get_separate_hunks_with_two_lines_of_context() {
    String expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
    String actual = "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\nTWELVE\n";

    assertThat(LineDiff.diff(expected, actual)).isEqualTo("""
        @@ -1,4 +1,4 @@
          1
        - 2
        + TWO
          3
          4
        @@ -10,4 +10,4 @@
          10
          11
        - 12
        + TWELVE""");
  }

  @Test
  void nearby_changes_share_a_hunk_and_insertions_are_aligned() {
    assertThat(LineDiff.diff("a\nb\nc\nd\n", "a\nx\nb\nc\ny\n")).isEqualTo("""
        @@ -1,5 +1,6 @@
          a
        + x
          b
          c
        - d
        + y""");
  }

  @Test
  void a_carriage_return_is_made_visible() {
    assertThat(LineDiff.diff("a\n", "a\r\n")).isEqualTo("""
        @@ -1,2 +1,2 @@
        - a
        + a\\r""");
  }
}
