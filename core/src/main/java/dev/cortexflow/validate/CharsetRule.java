package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Names;
import dev.cortexflow.model.Variable;
import java.util.List;

/**
 * Names use the characters Cortex accepts ({@link Names}; INVALID_VALUE, ERROR): a workflow tag letters, digits and
 * hyphens; a block or variable slug lowercase letters, digits and hyphens, as the server enforces for variables
 * and as {@code actions.<slug>} references need. A slug of those characters that is not lowercase kebab-case
 * ({@code -a}, {@code a--b}) is accepted but unusual (WARNING).
 */
final class CharsetRule implements ValidationRule {

  @Override
  public void checkWorkflow(ValidationContext context, List<Violation> out) {
    String tag = context.workflow().tag();
    if (!tag.isEmpty() && !Names.isValidTag(tag)) {
      out.add(Violation.error(ViolationCode.INVALID_VALUE, "/tag",
          "tag '" + tag + "' is not valid: use letters, digits and hyphens"));
    }
    List<Variable> variables = context.workflow().variables();
    for (int i = 0; i < variables.size(); i++) {
      String slug = variables.get(i).slug();
      String owner = "variable '" + slug + "' (variables[" + i + "])";
      if (!slug.isEmpty() && !Names.isValidSlug(slug)) {
        out.add(Violation.error(ViolationCode.INVALID_VALUE, "/variables/" + i + "/slug", owner
            + ": slug is not valid: use lowercase letters, digits and hyphens"));
      } else if (!slug.isEmpty() && !Names.isKebabCase(slug)) {
        out.add(kebabWarning("/variables/" + i + "/slug", owner));
      }
    }
  }

  @Override
  public void checkBlock(ValidationContext context, int i, Block block, List<Violation> out) {
    String slug = block.slug();
    if (slug.isEmpty()) {
      return;
    }
    if (!Names.isValidSlug(slug)) {
      out.add(Violation.error(ViolationCode.INVALID_VALUE, "/actions/" + i + "/slug", context.label(i)
          + ": slug is not valid: use lowercase letters, digits and hyphens"));
    } else if (!Names.isKebabCase(slug)) {
      out.add(kebabWarning("/actions/" + i + "/slug", context.label(i)));
    }
  }

  private static Violation kebabWarning(String pointer, String owner) {
    return Violation.warning(ViolationCode.INVALID_VALUE, pointer, owner
        + ": slug is not lowercase kebab-case: use lowercase letters and digits separated by single hyphens");
  }
}
