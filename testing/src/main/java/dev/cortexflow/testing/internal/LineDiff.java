package dev.cortexflow.testing.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable line diff in the spirit of {@code diff -u}: hunks headed {@code @@ -a,n +b,m @@}, context lines
 * prefixed with two spaces, removed (expected) lines with {@code "- "} and added (actual) lines with {@code "+ "}.
 * A missing final newline shows as a differing last (empty) line; a carriage return shows as {@code \r}.
 */
public final class LineDiff {

  private static final int CONTEXT = 2;
  // Beyond this many cells the LCS table would be too large; fall back to a diff of the differing middle.
  private static final long MAX_CELLS = 4_000_000L;

  private LineDiff() {}

  /** The diff from {@code expected} to {@code actual}; empty when they are equal. */
  public static String diff(String expected, String actual) {
    if (expected.equals(actual)) {
      return "";
    }
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    return hunks(edits(a, b));
  }

  private record Edit(char kind, String line, int oldLine, int newLine) {}

  private static List<Edit> edits(String[] a, String[] b) {
    int prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix
        && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
      suffix++;
    }
    List<Edit> out = new ArrayList<>();
    for (int i = 0; i < prefix; i++) {
      out.add(new Edit(' ', a[i], i + 1, i + 1));
    }
    middle(a, b, prefix, a.length - suffix, b.length - suffix, out);
    for (int k = suffix; k > 0; k--) {
      out.add(new Edit(' ', a[a.length - k], a.length - k + 1, b.length - k + 1));
    }
    return out;
  }

  private static void middle(String[] a, String[] b, int start, int endA, int endB, List<Edit> out) {
    int n = endA - start;
    int m = endB - start;
    if ((long) n * m > MAX_CELLS) {
      for (int i = start; i < endA; i++) {
        out.add(new Edit('-', a[i], i + 1, -1));
      }
      for (int j = start; j < endB; j++) {
        out.add(new Edit('+', b[j], -1, j + 1));
      }
      return;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[start + i].equals(b[start + j]) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i].equals(b[start + j])) {
        out.add(new Edit(' ', a[start + i], start + i + 1, start + j + 1));
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
        out.add(new Edit('+', b[start + j], -1, start + j + 1));
        j++;
      } else {
        out.add(new Edit('-', a[start + i], start + i + 1, -1));
        i++;
      }
    }
  }

  private static String hunks(List<Edit> edits) {
    StringBuilder sb = new StringBuilder();
    int k = 0;
    while (k < edits.size()) {
      if (edits.get(k).kind == ' ') {
        k++;
        continue;
      }
      int from = Math.max(0, k - CONTEXT);
      int to = k;
      // Extend the hunk while the next change is within two context windows.
      for (int p = k; p < edits.size() && p <= to + 2 * CONTEXT; p++) {
        if (edits.get(p).kind != ' ') {
          to = p;
        }
      }
      int end = Math.min(edits.size(), to + CONTEXT + 1);
      appendHunk(sb, edits.subList(from, end));
      k = end;
    }
    return sb.toString().stripTrailing();
  }

  private static void appendHunk(StringBuilder sb, List<Edit> hunk) {
    int oldStart = -1;
    int newStart = -1;
    int oldCount = 0;
    int newCount = 0;
    for (Edit e : hunk) {
      if (e.kind != '+') {
        oldStart = oldStart < 0 ? e.oldLine : oldStart;
        oldCount++;
      }
      if (e.kind != '-') {
        newStart = newStart < 0 ? e.newLine : newStart;
        newCount++;
      }
    }
    sb.append("@@ -").append(Math.max(oldStart, 0)).append(',').append(oldCount)
        .append(" +").append(Math.max(newStart, 0)).append(',').append(newCount).append(" @@\n");
    for (Edit e : hunk) {
      // A carriage return would be invisible in the message.
      sb.append(e.kind).append(' ').append(e.line.replace("\r", "\\r")).append('\n');
    }
  }
}
