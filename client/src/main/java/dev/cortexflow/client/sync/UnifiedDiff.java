package dev.cortexflow.client.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Line diff in unified format (Myers' O(ND) algorithm, three lines of context). Deterministic: among shortest
 * edit scripts it always picks the same one, deletions before insertions.
 */
final class UnifiedDiff {

  static final int CONTEXT = 3;
  /** Beyond this many edits the script is replaced by "delete all, insert all", which keeps memory bounded. */
  static final int MAX_EDITS = 4000;

  private enum Op { EQUAL, DELETE, INSERT }

  private record Edit(Op op, String line) {}

  private UnifiedDiff() {}

  /** The unified diff from {@code before} to {@code after}; empty when the texts are equal. */
  static String diff(String beforeName, String before, String afterName, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Edit> edits = editScript(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(beforeName).append('\n').append("+++ ").append(afterName).append('\n');
    appendHunks(edits, out);
    return out.toString();
  }

  static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static List<Edit> editScript(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = Math.min(n + m, MAX_EDITS);
    int off = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= max; d++) {
      trace.add(Arrays.copyOfRange(v, off - d - 1, off + d + 2));
      for (int k = -d; k <= d; k += 2) {
        int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[off + k] = x;
        if (x >= n && y >= m) {
          return backtrack(a, b, trace, d);
        }
      }
    }
    return replaceAll(a, b);
  }

  private static List<Edit> backtrack(List<String> a, List<String> b, List<int[]> trace, int depth) {
    List<Edit> edits = new ArrayList<>();
    int x = a.size();
    int y = b.size();
    for (int d = depth; d >= 0; d--) {
      int[] v = trace.get(d);
      int base = d + 1; // index of k = 0 in this snapshot
      int k = x - y;
      int prevK;
      if (d == 0) {
        prevK = 0;
      } else {
        prevK = (k == -d || (k != d && v[base + k - 1] < v[base + k + 1])) ? k + 1 : k - 1;
      }
      int prevX = d == 0 ? 0 : v[base + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        edits.add(new Edit(Op.EQUAL, a.get(x - 1)));
        x--;
        y--;
      }
      if (d > 0) {
        if (x == prevX) {
          edits.add(new Edit(Op.INSERT, b.get(y - 1)));
        } else {
          edits.add(new Edit(Op.DELETE, a.get(x - 1)));
        }
      }
      x = prevX;
      y = prevY;
    }
    Collections.reverse(edits);
    return edits;
  }

  private static List<Edit> replaceAll(List<String> a, List<String> b) {
    List<Edit> edits = new ArrayList<>();
    a.forEach(l -> edits.add(new Edit(Op.DELETE, l)));
    b.forEach(l -> edits.add(new Edit(Op.INSERT, l)));
    return edits;
  }

  private static void appendHunks(List<Edit> edits, StringBuilder out) {
    int i = 0;
    int lineA = 0;
    int lineB = 0;
    int size = edits.size();
    while (i < size) {
      if (edits.get(i).op() == Op.EQUAL) {
        i++;
        lineA++;
        lineB++;
        continue;
      }
      int lead = Math.min(CONTEXT, countEqualBefore(edits, i));
      int start = i - lead;
      int end = hunkEnd(edits, i);
      int startA = lineA - lead;
      int startB = lineB - lead;
      int lenA = 0;
      int lenB = 0;
      StringBuilder body = new StringBuilder();
      for (int j = start; j < end; j++) {
        Edit e = edits.get(j);
        switch (e.op()) {
          case EQUAL -> {
            body.append(' ').append(e.line()).append('\n');
            lenA++;
            lenB++;
          }
          case DELETE -> {
            body.append('-').append(e.line()).append('\n');
            lenA++;
          }
          case INSERT -> {
            body.append('+').append(e.line()).append('\n');
            lenB++;
          }
        }
      }
      out.append("@@ -").append(range(startA, lenA)).append(" +").append(range(startB, lenB)).append(" @@\n")
          .append(body);
      for (int j = i; j < end; j++) {
        Op op = edits.get(j).op();
        if (op != Op.INSERT) {
          lineA++;
        }
        if (op != Op.DELETE) {
          lineB++;
        }
      }
      i = end;
    }
  }

  private static int countEqualBefore(List<Edit> edits, int i) {
    int c = 0;
    for (int j = i - 1; j >= 0 && edits.get(j).op() == Op.EQUAL; j--) {
      c++;
    }
    return c;
  }

  /** End (exclusive) of the hunk holding the change at {@code i}: changes closer than 2 * CONTEXT merge. */
  private static int hunkEnd(List<Edit> edits, int i) {
    int size = edits.size();
    int j = i;
    while (j < size) {
      if (edits.get(j).op() != Op.EQUAL) {
        j++;
        continue;
      }
      int run = 0;
      while (j + run < size && edits.get(j + run).op() == Op.EQUAL) {
        run++;
      }
      if (j + run >= size || run > 2 * CONTEXT) {
        return j + Math.min(run, CONTEXT);
      }
      j += run;
    }
    return size;
  }

  private static String range(int start, int length) {
    if (length == 0) {
      return start + ",0";
    }
    return length == 1 ? String.valueOf(start + 1) : (start + 1) + "," + length;
  }
}
