package dev.cortexflow.client.sync;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.YamlLines;
import dev.cortexflow.codec.WorkflowJson;
import dev.cortexflow.codec.WorkflowYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The diff of one update, from the live definition to the local file: {@code --- live/<tag>}, {@code +++} the file's
 * path (or {@code local/<tag>.yaml} when no file is known), hunks at the file's own line numbers. The live side is
 * the live workflow written in the file's format and key order, with the file's comments and blank lines kept where
 * the lines around them are unchanged, so that only real changes show.
 */
final class DescriptorDiff {

  /** The live side and the diff. */
  record Result(String liveAsLocal, String diff) {}

  private DescriptorDiff() {}

  static Result of(String tag, Workflow live, String localText, Optional<SourceFile> source) {
    String name = source.map(SourceFile::path).orElse("local/" + tag + ".yaml");
    boolean json = source.map(SourceFile::isJson).orElse(false);
    String liveText = json ? WorkflowJson.writeInOrderOf(live, localText)
        : WorkflowYaml.writeInOrderOf(live, localText);
    String liveAsLocal = json ? liveText : withComments(liveText, localText);
    return new Result(liveAsLocal, UnifiedDiff.diff("live/" + tag, liveAsLocal, name, localText));
  }

  /** The live text with the local file's comments, blank lines and end-of-line comments on the lines they share. */
  static String withComments(String liveText, String localText) {
    YamlLines comments = YamlLines.of(localText);
    List<String> local = UnifiedDiff.lines(localText);
    List<Integer> codeLines = new ArrayList<>(); // 0-based indexes of the local lines that hold YAML content
    List<String> code = new ArrayList<>();
    for (int i = 0; i < local.size(); i++) {
      if (!comments.isCommentOrBlank(i + 1)) {
        codeLines.add(i);
        String line = comments.code(i + 1);
        code.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line); // a file with CRLF line ends
      }
    }
    List<String> live = UnifiedDiff.lines(liveText);
    Weaver out = new Weaver(local);
    int x = 0; // next live line
    int y = 0; // next local content line
    for (AbstractDelta<String> delta : DiffUtils.diff(live, code, YamlLines::sameContent).getDeltas()) {
      for (; x < delta.getSource().getPosition(); x++, y++) {
        out.keep(codeLines.get(y));
      }
      int added = delta.getTarget().size();
      if (added > 0) {
        out.commentsBefore(codeLines.get(y));
      }
      List<String> removed = delta.getSource().getLines();
      for (int i = 0; i < removed.size(); i++) {
        // a value the file quotes otherwise is shown in the file's quoting, so only the value's change shows
        out.live(i < added ? YamlLines.inStyleOf(removed.get(i), code.get(y + i)) : removed.get(i));
      }
      for (int i = 0; i < added; i++, y++) {
        out.skip(codeLines.get(y));
      }
      x += delta.getSource().size();
    }
    for (; x < live.size(); x++, y++) {
      out.keep(codeLines.get(y));
    }
    return out.finish();
  }

  /** Writes the live side in file order: kept local lines, the comments between them, and live-only lines. */
  private static final class Weaver {
    private final List<String> local;
    private final StringBuilder out = new StringBuilder();
    private int next;

    Weaver(List<String> local) {
      this.local = local;
    }

    void commentsBefore(int line) {
      for (; next < line; next++) {
        out.append(local.get(next)).append('\n');
      }
    }

    /** A content line both sides share: written as the file has it, with its end-of-line comment. */
    void keep(int line) {
      commentsBefore(line);
      out.append(local.get(line)).append('\n');
      next = line + 1;
    }

    void skip(int line) {
      commentsBefore(line);
      next = line + 1;
    }

    void live(String line) {
      out.append(line).append('\n');
    }

    String finish() {
      commentsBefore(local.size());
      return out.toString();
    }
  }
}
