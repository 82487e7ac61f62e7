package dev.cortexflow.client.sync;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Line diff in unified format, three lines of context, made with java-diff-utils (Myers' algorithm). A line of at
 * least {@link #LONG_LINE} characters replaced by one line that keeps most of it is shown once, as a word diff:
 * {@code ~} and the line with each changed span marked {@code [-old-]{+new+}}, long unchanged stretches shortened to
 * {@code …}. Deterministic: the same texts always give the same bytes.
 */
final class UnifiedDiff {

  static final int CONTEXT = 3;
  /** Lines this long or longer are shown as a word diff when they change a little. */
  static final int LONG_LINE = 80;

  private enum Op { EQUAL, DELETE, INSERT, CHANGE }

  /** One line of the hunk body; for CHANGE, {@code line} is the old line and {@code other} the new one. */
  private record Edit(Op op, String line, String other) {}

  private UnifiedDiff() {}

  /** The unified diff from {@code before} to {@code after}; empty when the texts are equal. */
  static String diff(String beforeName, String before, String afterName, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<Edit> edits = editScript(lines(before), lines(after));
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
    List<Edit> edits = new ArrayList<>();
    int x = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      int start = delta.getSource().getPosition();
      while (x < start) {
        edits.add(new Edit(Op.EQUAL, a.get(x++), null));
      }
      List<String> removed = delta.getSource().getLines();
      List<String> added = delta.getTarget().getLines();
      int paired = Math.min(removed.size(), added.size());
      List<Edit> deletes = new ArrayList<>();
      List<Edit> inserts = new ArrayList<>();
      List<Edit> changes = new ArrayList<>();
      for (int i = 0; i < removed.size(); i++) {
        deletes.add(new Edit(Op.DELETE, removed.get(i), null));
      }
      for (int i = 0; i < added.size(); i++) {
        inserts.add(new Edit(Op.INSERT, added.get(i), null));
      }
      boolean allWordDiffs = paired > 0 && removed.size() == added.size();
      for (int i = 0; i < paired && allWordDiffs; i++) {
        if (WordDiff.suits(removed.get(i), added.get(i))) {
          changes.add(new Edit(Op.CHANGE, removed.get(i), added.get(i)));
        } else {
          allWordDiffs = false;
        }
      }
      if (allWordDiffs) {
        edits.addAll(changes);
      } else {
        edits.addAll(deletes);
        edits.addAll(inserts);
      }
      x = start + removed.size();
    }
    while (x < a.size()) {
      edits.add(new Edit(Op.EQUAL, a.get(x++), null));
    }
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
          case EQUAL -> body.append(' ').append(e.line()).append('\n');
          case DELETE -> body.append('-').append(e.line()).append('\n');
          case INSERT -> body.append('+').append(e.line()).append('\n');
          case CHANGE -> body.append('~').append(WordDiff.render(e.line(), e.other())).append('\n');
        }
        lenA += e.op() == Op.INSERT ? 0 : 1;
        lenB += e.op() == Op.DELETE ? 0 : 1;
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
