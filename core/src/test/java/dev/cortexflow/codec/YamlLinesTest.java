package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlLinesTest {

  private static final String TEXT = """
      # heading
      name: Deploy  # shown in the catalog

      description: |
        # not a comment

        x: 1 # text too
      tag: "a # b" # a comment
      """;

  @Test
  void findsCommentsAndBlankLinesAsTheParserSeesThem() {
    YamlLines lines = YamlLines.of(TEXT);

    assertThat(lines.isCommentOrBlank(1)).isTrue();
    assertThat(lines.code(2)).isEqualTo("name: Deploy");
    assertThat(lines.isCommentOrBlank(3)).isTrue();
    assertThat(lines.code(5)).isEqualTo("  # not a comment");
    assertThat(lines.isCommentOrBlank(6)).isFalse();
    assertThat(lines.code(7)).isEqualTo("  x: 1 # text too");
    assertThat(lines.code(8)).isEqualTo("tag: \"a # b\"");
  }

  @Test
  void anUnreadableTextHasNoKnownComments() {
    YamlLines lines = YamlLines.of("# a\nkey: [unclosed # b\n");

    assertThat(lines.isCommentOrBlank(1)).isFalse();
    assertThat(lines.code(2)).isEqualTo("key: [unclosed # b");
  }

  @Test
  void aValueIsRequotedInTheStyleOfTheOtherLineWhenItReadsTheSame() {
    assertThat(YamlLines.inStyleOf("  message: \"Done: 5\"", "  message: 'Done: 6'"))
        .isEqualTo("  message: 'Done: 5'");
    assertThat(YamlLines.inStyleOf("  q: \"it's \\\"x\\\"\"", "  q: 'other'")).isEqualTo("  q: 'it''s \"x\"'");
    assertThat(YamlLines.inStyleOf("  channel: \"deploys\"", "  channel: releases")).isEqualTo("  channel: deploys");
    assertThat(YamlLines.inStyleOf("  channel: \"yes\"", "  channel: releases")).isEqualTo("  channel: \"yes\"");
    assertThat(YamlLines.inStyleOf("  text: \"a\\nb\"", "  text: 'c'")).isEqualTo("  text: \"a\\nb\"");
    assertThat(YamlLines.inStyleOf("  name: \"a\"", "  slug: 'b'")).isEqualTo("  name: \"a\"");
  }

  @Test
  void linesThatDifferOnlyInQuotingHaveTheSameContent() {
    assertThat(YamlLines.sameContent("  message: 'Done: x'", "  message: \"Done: x\"")).isTrue();
    assertThat(YamlLines.sameContent("- 'it''s'", "- \"it's\"")).isTrue();
    assertThat(YamlLines.sameContent("  channel: 'deploys'", "  channel: deploys")).isTrue();
    assertThat(YamlLines.sameContent("  channel: 'yes'", "  channel: yes")).isFalse();
    assertThat(YamlLines.sameContent("  channel: 'a'", "    channel: 'a'")).isFalse();
    assertThat(YamlLines.sameContent("  name: 'a'", "  slug: 'a'")).isFalse();
    assertThat(YamlLines.sameContent("  name: a", "  name: b")).isFalse();
  }
}
