package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import java.util.List;

/** Block slugs are unique: DUPLICATE_SLUG on every block that reuses an earlier block's slug. */
final class DuplicateSlugRule implements ValidationRule {

  @Override
  public void checkBlock(ValidationContext context, int i, Block block, List<Violation> out) {
    String slug = block.slug();
    int first = context.indexOf(slug);
    if (first != i && !slug.isEmpty()) {
      out.add(Violation.error(ViolationCode.DUPLICATE_SLUG, "/actions/" + i + "/slug",
          context.label(i) + ": slug is already used by actions[" + first + "]: give every block its own slug"));
    }
  }
}
