package dev.cortexflow.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.WorkflowJson;
import dev.cortexflow.codec.WorkflowYaml;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DescriptorDiffTest {

  /** A hand-written file: comments, blank lines, and keys in an order of its own. */
  private static final String FILE = """
      # Deploys the service.
      # owner: team-a
      tag: deploy
      name: Deploy

      description: Deploys it
      filter:
        type: GLOBAL
      actions:
      # first the call
      - slug: call
        name: Call
        isRootAction: true
        schema:
          type: HTTP_REQUEST
          httpMethod: POST   # never GET
          url: https://example.com/v2
          headers: {}
        outgoingActions: []
      isDraft: false
      variables: []
      runRestrictionPolicies: []
      restrictActionCompletionToRunnerUser: false
      """;

  private static Workflow read(String text) {
    return WorkflowYaml.read(text).workflow();
  }

  @Test
  void theDiffPointsAtTheFileAndItsLinesAndShowsOnlyTheChangedValue() {
    // given: live has the old URL
    Workflow live = read(FILE.replace("url: https://example.com/v2", "url: https://example.com/v1"));

    // when
    DescriptorDiff.Result result = DescriptorDiff.of("deploy", live, FILE,
        Optional.of(new SourceFile("flows/deploy.yaml", FILE)));

    // then: comments, the blank line and the file's key order are kept on the live side
    assertThat(result.diff()).isEqualTo("""
        --- live/deploy
        +++ flows/deploy.yaml
        @@ -14,7 +14,7 @@
           schema:
             type: HTTP_REQUEST
             httpMethod: POST   # never GET
        -    url: https://example.com/v1
        +    url: https://example.com/v2
             headers: {}
           outgoingActions: []
         isDraft: false
        """);
    assertThat(result.liveAsLocal()).isEqualTo(FILE.replace("https://example.com/v2", "https://example.com/v1"));
  }

  @Test
  void aCommentOnAChangedLineIsShownOnTheLocalSideOnly() {
    Workflow live = read(FILE.replace("httpMethod: POST", "httpMethod: PUT"));

    DescriptorDiff.Result result = DescriptorDiff.of("deploy", live, FILE,
        Optional.of(new SourceFile("deploy.yaml", FILE)));

    assertThat(result.diff()).contains("\n-    httpMethod: PUT\n+    httpMethod: POST   # never GET\n")
        .startsWith("--- live/deploy\n+++ deploy.yaml\n@@ -13,7 +13,7 @@\n");
  }

  @Test
  void aFileWithCrlfLineEndsShowsOnlyTheChangedLine() {
    String crlf = FILE.replace("\n", "\r\n");
    Workflow live = read(FILE.replace("url: https://example.com/v2", "url: https://example.com/v1"));

    DescriptorDiff.Result result = DescriptorDiff.of("deploy", live, crlf,
        Optional.of(new SourceFile("deploy.yaml", crlf)));

    assertThat(result.diff().lines().filter(l -> l.startsWith("-") || l.startsWith("+")).toList()).containsExactly(
        "--- live/deploy", "+++ deploy.yaml", "-    url: https://example.com/v1", "+    url: https://example.com/v2");
  }

  @Test
  void aJsonFileIsComparedAsJsonInItsOwnKeyOrder() {
    // given: a JSON file written with its keys in another order
    Workflow local = read(FILE);
    String json = WorkflowJson.write(local).replace("  \"name\": \"Deploy\",\n  \"tag\": \"deploy\",\n",
        "  \"tag\": \"deploy\",\n  \"name\": \"Deploy\",\n");
    assertThat(json).startsWith("{\n  \"tag\": \"deploy\",\n  \"name\": \"Deploy\",\n");
    Workflow live = read(FILE.replace("description: Deploys it", "description: Deployed it"));

    // when
    DescriptorDiff.Result result = DescriptorDiff.of("deploy", live, json,
        Optional.of(new SourceFile("deploy.json", json)));

    // then
    assertThat(result.diff()).isEqualTo("""
        --- live/deploy
        +++ deploy.json
        @@ -1,7 +1,7 @@
         {
           "tag": "deploy",
           "name": "Deploy",
        -  "description": "Deployed it",
        +  "description": "Deploys it",
           "isDraft": false,
           "filter": {
             "type": "GLOBAL"
        """);
  }

  @Test
  void withoutAFileTheCanonicalYamlIsCompared() {
    Workflow local = read(FILE);
    Workflow live = read(FILE.replace("description: Deploys it", "description: Deployed it"));

    DescriptorDiff.Result result = DescriptorDiff.of("deploy", live, WorkflowYaml.write(local), Optional.empty());

    assertThat(result.diff()).isEqualTo("""
        --- live/deploy
        +++ local/deploy.yaml
        @@ -1,6 +1,6 @@
         name: Deploy
         tag: deploy
        -description: Deployed it
        +description: Deploys it
         isDraft: false
         filter:
           type: GLOBAL
        """);
  }

  @Test
  void a_line_only_live_has_comes_before_the_comment_that_belongs_to_the_next_line_of_the_file() {
    assertThat(DescriptorDiff.withComments("a: 1\nx: 9\nb: 2\n", "a: 1\n# about b\nb: 2\n"))
        .isEqualTo("a: 1\nx: 9\n# about b\nb: 2\n");
  }

  @Test
  void a_changed_line_keeps_the_comment_before_it_in_front_of_it() {
    assertThat(DescriptorDiff.withComments("a: 1\nb: 3\n", "a: 1\n# about b\nb: 2\n"))
        .isEqualTo("a: 1\n# about b\nb: 3\n");
  }

  @Test
  void a_comment_between_two_changed_lines_is_kept_after_their_live_side() {
    assertThat(DescriptorDiff.withComments("a: 9\nb: 8\n", "a: 1\n# about b\nb: 2\n"))
        .isEqualTo("a: 9\nb: 8\n# about b\n");
  }

  @Test
  void the_comments_after_the_last_line_of_the_file_are_kept() {
    assertThat(DescriptorDiff.withComments("a: 2\n", "a: 1\n# end\n")).isEqualTo("a: 2\n# end\n");
    assertThat(DescriptorDiff.withComments("a: 1\nb: 2\n", "a: 1\nb: 2\n\n# end\n"))
        .isEqualTo("a: 1\nb: 2\n\n# end\n");
  }

  @Test
  void a_file_without_a_final_line_end_is_woven_like_one_with_it() {
    assertThat(DescriptorDiff.withComments("a: 2\n", "# top\na: 1")).isEqualTo("# top\na: 2\n");
  }

  @Test
  void each_changed_value_is_shown_in_the_quoting_of_its_own_line_of_the_file() {
    assertThat(DescriptorDiff.withComments("name: Deployer\ndescription: Deployed it\n",
        "name: Deploy\ndescription: 'Deploys it'\n")).isEqualTo("name: Deployer\ndescription: 'Deployed it'\n");
  }

  @Test
  void a_line_only_live_has_keeps_the_quoting_live_writes_it_in() {
    // live's second item has no line of the file: the next line's quotes are not its own
    assertThat(DescriptorDiff.withComments("- v: x\n- v: y\n- v: c\n", "- v: z\n- v: 'c'\n"))
        .isEqualTo("- v: x\n- v: y\n- v: 'c'\n");
  }
}
