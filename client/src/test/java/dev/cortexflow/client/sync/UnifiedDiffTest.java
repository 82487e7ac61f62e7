package dev.cortexflow.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void equal_texts_have_no_diff() {
    assertThat(UnifiedDiff.diff("a", "x\ny\n", "b", "x\ny\n")).isEmpty();
  }

  @Test
  void shows_a_changed_line_with_three_lines_of_context() {
    // given
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

    // when
    String diff = UnifiedDiff.diff("live/w.yaml", before, "local/w.yaml", after);

    // then
    assertThat(diff).isEqualTo("""
        --- live/w.yaml
        +++ local/w.yaml
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """);
  }

  @Test
  void splits_distant_changes_into_two_hunks_and_merges_close_ones() {
    // given
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      before.append(i).append('\n');
      String changed = i == 2 ? "two" : i == 4 ? "four" : i == 18 ? null : String.valueOf(i);
      if (changed != null) {
        after.append(changed).append('\n');
      }
    }

    // when
    String diff = UnifiedDiff.diff("a", before.toString(), "b", after.toString());

    // then
    assertThat(diff).isEqualTo("""
        --- a
        +++ b
        @@ -1,7 +1,7 @@
         1
        -2
        +two
         3
        -4
        +four
         5
         6
         7
        @@ -15,6 +15,5 @@
         15
         16
         17
        -18
         19
         20
        """);
  }

  @Test
  void aOneCharacterChangeInALongLineIsOneLineWithTheChangedSpanMarked() {
    // given: a 411-character jq line whose 5 becomes 6
    String jq = "    expression: '[.actions.fetch.outputs.body.items[] | select(.status == \"open\" and .priority >= 5)"
        + " | {id, title, owner: .assignee.login, labels: [.labels[].name], age: (now - (.created_at | fromdate))"
        + " / 86400 | floor}] | sort_by(.age) | reverse | .[0:5] | map(select(.labels | index(\"blocked\") | not))"
        + " | group_by(.owner) | map({owner: .[0].owner, count: length, oldest: (map(.age) | max)}) | sort_by(-.count)"
        + "'";
    assertThat(jq).hasSize(411);
    String before = "name: Triage\nactions:\n" + jq + "\ntag: triage\n";
    String after = before.replace(">= 5)", ">= 6)");

    // when
    String diff = UnifiedDiff.diff("live/triage", before, "triage.yaml", after);

    // then
    assertThat(diff).isEqualTo("""
        --- live/triage
        +++ triage.yaml
        @@ -1,4 +1,4 @@
         name: Triage
         actions:
        ~…n" and .priority >= [-5-]{+6+}) | {id, title, owne…
         tag: triage
        """);
  }

  @Test
  void aLongLineThatChangesInSeveralPlacesMarksEachSpan() {
    String before = "message: " + "a".repeat(40) + " one " + "b".repeat(40) + " two " + "c".repeat(40);
    String after = before.replace(" one ", " uno ").replace(" two ", " dos ");

    assertThat(UnifiedDiff.diff("a", before + "\n", "b", after + "\n")).isEqualTo("--- a\n+++ b\n@@ -1 +1 @@\n"
        + "~…aaaaaaaaaaaaaaaaaaa [-one-]{+uno+} bbbbbbbbbbbbbbbbbbb…bbbbbbbbbbbbbbbbbbb [-two-]{+dos+}"
        + " ccccccccccccccccccc…\n");
  }

  @Test
  void shortLinesAndLongLinesThatMostlyChangeKeepTheMinusAndPlusForm() {
    String shortLine = "url: https://example.com/v1";
    String longBefore = "message: " + "x".repeat(100);
    String longAfter = "message: " + "y".repeat(100);

    assertThat(UnifiedDiff.diff("a", shortLine + "\n", "b", shortLine.replace("v1", "v2") + "\n"))
        .isEqualTo("--- a\n+++ b\n@@ -1 +1 @@\n-url: https://example.com/v1\n+url: https://example.com/v2\n");
    assertThat(UnifiedDiff.diff("a", longBefore + "\n", "b", longAfter + "\n"))
        .isEqualTo("--- a\n+++ b\n@@ -1 +1 @@\n-" + longBefore + "\n+" + longAfter + "\n");
  }

  @Test
  void changes_six_unchanged_lines_apart_share_one_hunk_and_seven_apart_do_not() {
    assertThat(UnifiedDiff.diff("a", numbered(20), "b", numbered(20).replace("\n5\n", "\nfive\n")
        .replace("\n12\n", "\ntwelve\n"))).isEqualTo("""
        --- a
        +++ b
        @@ -2,14 +2,14 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
         9
         10
         11
        -12
        +twelve
         13
         14
         15
        """);
    assertThat(UnifiedDiff.diff("a", numbered(20), "b", numbered(20).replace("\n5\n", "\nfive\n")
        .replace("\n13\n", "\nthirteen\n"))).isEqualTo("""
        --- a
        +++ b
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        @@ -10,7 +10,7 @@
         10
         11
         12
        -13
        +thirteen
         14
         15
         16
        """);
  }

  /** The lines 1 to {@code n}. */
  private static String numbered(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append(i).append('\n');
    }
    return sb.toString();
  }

  @Test
  void insertion_into_an_empty_text_starts_at_zero() {
    assertThat(UnifiedDiff.diff("a", "", "b", "x\n")).isEqualTo("--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n");
  }

  @Test
  void applying_the_diff_to_the_old_text_gives_the_new_one() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      // given
      String before = randomText(random);
      String after = randomText(random);

      // when
      String diff = UnifiedDiff.diff("a", before, "b", after);

      // then
      assertThat(apply(before, diff)).as("round %d", round).isEqualTo(UnifiedDiff.lines(after));
    }
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(25);
    for (int i = 0; i < n; i++) {
      sb.append("l").append(random.nextInt(6)).append('\n');
    }
    return sb.toString();
  }

  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

  /** A strict patch applier: context and deleted lines must match exactly. */
  private static List<String> apply(String before, String diff) {
    List<String> a = UnifiedDiff.lines(before);
    if (diff.isEmpty()) {
      return a;
    }
    List<String> out = new ArrayList<>();
    List<String> d = UnifiedDiff.lines(diff);
    int pos = 0;
    for (int i = 2; i < d.size(); ) {
      Matcher m = HUNK.matcher(d.get(i));
      assertThat(m.matches()).as(d.get(i)).isTrue();
      int start = Integer.parseInt(m.group(1));
      int len = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int from = len == 0 ? start : start - 1;
      while (pos < from) {
        out.add(a.get(pos++));
      }
      i++;
      while (i < d.size() && !d.get(i).startsWith("@@")) {
        String line = d.get(i++);
        char op = line.charAt(0);
        String text = line.substring(1);
        if (op == ' ' || op == '-') {
          assertThat(a.get(pos)).isEqualTo(text);
          pos++;
        }
        if (op == ' ' || op == '+') {
          out.add(text);
        }
      }
    }
    while (pos < a.size()) {
      out.add(a.get(pos++));
    }
    return out;
  }
}
