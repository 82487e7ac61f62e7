package dev.cortexflow.client.sync;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word diff of one long line replaced by another: the line once, each changed span marked {@code [-old-]} and
 * {@code {+new+}}, unchanged stretches longer than {@link #CONTEXT} characters on each side of a change shortened to
 * {@code …}. Words are runs of letters, digits and underscores; every other character is a word of its own.
 */
final class WordDiff {

  /** Unchanged characters shown on each side of a changed span. */
  static final int CONTEXT = 20;
  private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}_]+|\\s+|.", Pattern.DOTALL);
  private static final String ELLIPSIS = "…";

  private WordDiff() {}

  /**
   * Whether the change from {@code before} to {@code after} reads better as a word diff: both lines are long and
   * at least half of the longer one is unchanged.
   */
  static boolean suits(String before, String after) {
    if (before.length() < UnifiedDiff.LONG_LINE || after.length() < UnifiedDiff.LONG_LINE) {
      return false;
    }
    int changed = 0;
    for (Part part : parts(before, after)) {
      changed += Math.max(part.before().length(), part.after().length());
    }
    return changed * 2 <= Math.max(before.length(), after.length());
  }

  /** {@code …context…[-old-]{+new+}…context…}. */
  static String render(String before, String after) {
    List<Part> parts = parts(before, after);
    StringBuilder out = new StringBuilder();
    int shown = 0; // characters of the old line already written or skipped
    for (Part part : parts) {
      String gap = before.substring(shown, part.at());
      boolean first = shown == 0;
      out.append(gap(gap, !first, true));
      if (!part.before().isEmpty()) {
        out.append("[-").append(part.before()).append("-]");
      }
      if (!part.after().isEmpty()) {
        out.append("{+").append(part.after()).append("+}");
      }
      shown = part.at() + part.before().length();
    }
    return out.append(gap(before.substring(shown), true, false)).toString();
  }

  /** An unchanged stretch: its start kept after a change, its end kept before one, the middle shortened. */
  private static String gap(String text, boolean afterChange, boolean beforeChange) {
    int keepStart = afterChange ? CONTEXT : 0;
    int keepEnd = beforeChange ? CONTEXT : 0;
    if (text.length() <= keepStart + keepEnd + ELLIPSIS.length()) {
      return text;
    }
    return text.substring(0, cut(text, keepStart)) + ELLIPSIS + text.substring(cut(text, text.length() - keepEnd));
  }

  /** {@code i}, moved back off the low half of a surrogate pair. */
  private static int cut(String text, int i) {
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
  }

  /** A changed span: at offset {@code at} of the old line, {@code before} became {@code after}. */
  private record Part(int at, String before, String after) {}

  private static List<Part> parts(String before, String after) {
    List<String> a = words(before);
    List<String> b = words(after);
    int[] offsets = new int[a.size() + 1];
    for (int i = 0; i < a.size(); i++) {
      offsets[i + 1] = offsets[i] + a.get(i).length();
    }
    List<Part> parts = new ArrayList<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      parts.add(new Part(offsets[delta.getSource().getPosition()], String.join("", delta.getSource().getLines()),
          String.join("", delta.getTarget().getLines())));
    }
    return parts;
  }

  private static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = WORDS.matcher(line);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
