package dev.cortexflow.client;

import dev.cortexflow.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code context.secrets.<tag>} references per block. Reads the model's full text form, so it sees every
 * string of a block (schema fields, inputs, extensions) without knowing each block type.
 */
final class SecretReferences {

  private static final Pattern SECRET =
      Pattern.compile("context\\.secrets(?:\\.([A-Za-z0-9_-]+)|\\[\\s*[\"']([^\"']+)[\"']\\s*\\])");

  /** One secret read by a block ({@code blockIndex} &ge; 0) or by a response template (-1). */
  record Use(int blockIndex, String pointer, String secretTag) {}

  private SecretReferences() {}

  static List<Use> find(Workflow workflow) {
    List<Use> out = new ArrayList<>();
    workflow.runResponseTemplate().ifPresent(t -> add(out, -1, "/runResponseTemplate", t));
    workflow.failedRunResponseTemplate().ifPresent(t -> add(out, -1, "/failedRunResponseTemplate", t));
    for (int i = 0; i < workflow.actions().size(); i++) {
      add(out, i, "/actions/" + i, workflow.actions().get(i).toString());
    }
    return out;
  }

  private static void add(List<Use> out, int block, String pointer, String text) {
    Set<String> seen = new LinkedHashSet<>();
    Matcher m = SECRET.matcher(text);
    while (m.find()) {
      seen.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    seen.forEach(tag -> out.add(new Use(block, pointer, tag)));
  }
}
