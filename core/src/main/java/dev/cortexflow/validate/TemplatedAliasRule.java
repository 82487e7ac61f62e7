package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.block.AdvancedHttpRequest;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.GithubCreateOrUpdateFile;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.JiraCreateIssue;
import java.util.List;
import java.util.Optional;

/** Integration aliases are literal: Cortex rejects a templated one at import (TEMPLATED_ALIAS, spec §6.2). */
final class TemplatedAliasRule implements ValidationRule {

  @Override
  public void checkBlock(ValidationContext context, int i, Block block, List<Violation> out) {
    BlockSchema s = block.schema();
    if (s instanceof HttpRequest h) {
      alias(context, out, i, "integrationAlias", h.integrationAlias());
    } else if (s instanceof HttpRequestAsync h) {
      alias(context, out, i, "integrationAlias", h.integrationAlias());
    } else if (s instanceof AdvancedHttpRequest a) {
      alias(context, out, i, "integrationAlias", a.integrationAlias());
    } else if (s instanceof GithubCreateOrUpdateFile g) {
      alias(context, out, i, "alias", g.alias());
    } else if (s instanceof JiraCreateIssue j) {
      alias(context, out, i, "alias", j.alias());
    }
  }

  private static void alias(ValidationContext context, List<Violation> out, int i, String key,
      Optional<String> alias) {
    if (alias.isPresent() && alias.get().contains("{{")) {
      out.add(Violation.error(ViolationCode.TEMPLATED_ALIAS, "/actions/" + i + "/schema/" + key,
          context.label(i) + ": schema." + key + " '" + alias.get() + "' is templated, but Cortex only accepts"
              + " a literal alias: name the integration configuration itself"));
    }
  }
}
