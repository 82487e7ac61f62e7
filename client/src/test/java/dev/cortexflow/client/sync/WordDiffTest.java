package dev.cortexflow.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {

  @Test
  void two_lines_of_exactly_the_long_line_length_suit_a_word_diff() {
    String before = "x".repeat(70) + " aaaaaaaaa";
    assertThat(before).hasSize(UnifiedDiff.LONG_LINE);

    assertThat(WordDiff.suits(before, before.replace("aaaaaaaaa", "bbbbbbbbb"))).isTrue();
  }

  @Test
  void a_line_one_character_shorter_than_the_long_line_length_does_not_suit_on_either_side() {
    String longLine = "x".repeat(70) + " aaaaaaaaa";
    String shortLine = "x".repeat(70) + " bbbbbbbb";

    assertThat(WordDiff.suits(longLine, shortLine)).isFalse();
    assertThat(WordDiff.suits(shortLine, longLine)).isFalse();
  }

  @Test
  void a_change_of_exactly_half_the_line_suits_and_one_character_more_does_not() {
    String half = "a".repeat(39) + " " + "b".repeat(40);
    String more = "a".repeat(38) + " " + "b".repeat(41);

    assertThat(WordDiff.suits(half, half.replace('b', 'c'))).isTrue();
    assertThat(WordDiff.suits(more, more.replace('b', 'c'))).isFalse();
  }

  @Test
  void a_changed_span_counts_with_the_longer_of_its_old_and_new_text() {
    // 39 characters become 45: 45 of 86 changed is more than half, 39 of 80 would not be
    String before = "a".repeat(40) + " " + "b".repeat(39);
    String after = "a".repeat(40) + " " + "c".repeat(45);

    assertThat(WordDiff.suits(before, after)).isFalse();
    assertThat(WordDiff.suits(after, before)).isFalse();
  }

  @Test
  void a_one_character_change_marks_only_that_span() {
    assertThat(WordDiff.render("count: 5 items", "count: 6 items")).isEqualTo("count: [-5-]{+6+} items");
  }

  @Test
  void an_insertion_and_a_deletion_show_only_their_own_side() {
    assertThat(WordDiff.render("a c", "a b c")).isEqualTo("a {+b +}c");
    assertThat(WordDiff.render("a b c", "a c")).isEqualTo("a [-b -]c");
  }

  @Test
  void context_of_exactly_twenty_characters_and_the_ellipsis_is_kept_whole() {
    String lead = "l".repeat(20);
    String tail = "t".repeat(20);

    assertThat(WordDiff.render(lead + " one " + tail, lead + " uno " + tail))
        .isEqualTo(lead + " [-one-]{+uno+} " + tail);
  }

  @Test
  void context_longer_than_twenty_characters_and_the_ellipsis_is_shortened_on_the_side_away_from_the_change() {
    String lead = "l".repeat(21);
    String tail = "t".repeat(21);

    assertThat(WordDiff.render(lead + " one " + tail, lead + " uno " + tail))
        .isEqualTo("…" + "l".repeat(19) + " [-one-]{+uno+} " + "t".repeat(19) + "…");
  }

  @Test
  void a_stretch_between_two_changes_keeps_twenty_characters_on_each_side() {
    // the stretch is the word and the two spaces around it: 41 characters are 20 + the ellipsis + 20, 42 are more
    String word39 = "m".repeat(39);
    String word40 = "m".repeat(40);

    assertThat(WordDiff.render("a " + word39 + " b", "x " + word39 + " y"))
        .isEqualTo("[-a-]{+x+} " + word39 + " [-b-]{+y+}");
    assertThat(WordDiff.render("a " + word40 + " b", "x " + word40 + " y"))
        .isEqualTo("[-a-]{+x+} " + "m".repeat(19) + "…" + "m".repeat(19) + " [-b-]{+y+}");
  }

  @Test
  void a_shortened_stretch_is_not_cut_inside_a_character_outside_the_basic_plane() {
    String emoji = "\uD83D\uDE00";
    // the twenty characters kept next to the change would start (or end) in the middle of the emoji
    String lead = "y".repeat(10) + emoji + "x".repeat(18);
    String tail = "x".repeat(18) + emoji + "y".repeat(10);

    assertThat(WordDiff.render(lead + " one " + tail, lead + " uno " + tail))
        .isEqualTo("…" + emoji + "x".repeat(18) + " [-one-]{+uno+} " + "x".repeat(18) + "…");
  }

  @Test
  void a_line_that_starts_with_an_unpaired_low_surrogate_is_shortened_like_any_other() {
    // a Java string may hold one; a cut at the start of the line stays there and never moves before it
    String lead = "\uDC00" + "l".repeat(30);

    assertThat(WordDiff.render(lead + " one", lead + " uno")).isEqualTo("…" + "l".repeat(19) + " [-one-]{+uno+}");
  }
}
