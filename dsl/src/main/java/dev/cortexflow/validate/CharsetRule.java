package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Variable;
import java.util.List;

/**
 * Names use the characters Cortex accepts (INVALID_VALUE). Workflow tag: letters, digits and hyphens (ERROR).
 * Variable slug: lowercase letters, digits and hyphens, as the server enforces (ERROR). Block slug: a character
 * outside letters, digits, {@code _} and {@code -} breaks {@code actions.<slug>} references (ERROR); anything
 * else that is not lowercase kebab-case is accepted but unusual (WARNING).
 */
final class CharsetRule implements ValidationRule {

  @Override
  public void checkWorkflow(ValidationContext context, List<Violation> out) {
    String tag = context.workflow().tag();
    if (!tag.isEmpty() && !matches(tag, true, false)) {
      out.add(Violation.error(ViolationCode.INVALID_VALUE, "/tag",
          "tag '" + tag + "' is not valid: use letters, digits and hyphens"));
    }
    List<Variable> variables = context.workflow().variables();
    for (int i = 0; i < variables.size(); i++) {
      String slug = variables.get(i).slug();
      if (!slug.isEmpty() && !matches(slug, false, false)) {
        out.add(Violation.error(ViolationCode.INVALID_VALUE, "/variables/" + i + "/slug", "variable '" + slug
            + "' (variables[" + i + "]): slug is not valid: use lowercase letters, digits and hyphens"));
      }
    }
  }

  @Override
  public void checkBlock(ValidationContext context, int i, Block block, List<Violation> out) {
    String slug = block.slug();
    if (slug.isEmpty()) {
      return;
    }
    if (!matches(slug, true, true)) {
      out.add(Violation.error(ViolationCode.INVALID_VALUE, "/actions/" + i + "/slug", context.label(i)
          + ": slug is not valid: use lowercase letters, digits and hyphens"));
    } else if (!isKebab(slug)) {
      out.add(Violation.warning(ViolationCode.INVALID_VALUE, "/actions/" + i + "/slug", context.label(i)
          + ": slug is not lowercase kebab-case: use lowercase letters and digits separated by single hyphens"));
    }
  }

  private static boolean matches(String s, boolean upper, boolean underscore) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
          || (upper && c >= 'A' && c <= 'Z') || (underscore && c == '_');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** {@code ^[a-z0-9]+(-[a-z0-9]+)*$}. */
  private static boolean isKebab(String s) {
    return matches(s, false, false) && !s.startsWith("-") && !s.endsWith("-") && !s.contains("--");
  }
}
