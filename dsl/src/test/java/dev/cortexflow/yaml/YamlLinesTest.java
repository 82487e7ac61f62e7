package dev.cortexflow.yaml;

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
