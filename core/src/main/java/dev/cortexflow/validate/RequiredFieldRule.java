package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.BlockField;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.BlockType;
import dev.cortexflow.model.block.BlockTypes;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.ManualApproval;
import dev.cortexflow.model.block.SetVariables;
import java.util.List;

/**
 * Strings Cortex needs to run a block are not empty (MISSING_FIELD, ERROR). Only values without which the
 * server or the run cannot work are checked: names and ids, URLs, identifiers, expressions, scripts, channels,
 * messages. Free text that may legitimately be empty (descriptions, file content, issue bodies) is not. A manual
 * approval without approving teams is a WARNING: Cortex stores it, but nobody can approve it. Which strings of a
 * block are needed is the descriptor table's ({@link BlockField#neededToRun()}); nested parts are checked here.
 */
final class RequiredFieldRule implements ValidationRule {

  @Override
  public void checkWorkflow(ValidationContext context, List<Violation> out) {
    Workflow w = context.workflow();
    require(out, "/name", "", "name", w.name());
    require(out, "/tag", "", "tag", w.tag());
    List<Variable> variables = w.variables();
    for (int i = 0; i < variables.size(); i++) {
      require(out, "/variables/" + i + "/slug", "", "variables[" + i + "].slug", variables.get(i).slug());
    }
  }

  @Override
  public void checkBlock(ValidationContext context, int block, Block b, List<Violation> out) {
    Checker c = (key, value) -> {
      if (value.isBlank()) { // pointers and labels are built only for a violation
        require(out, "/actions/" + block + "/" + key.replace('.', '/').replace("[", "/").replace("]", ""),
            context.label(block) + ": ", key, value);
      }
    };
    c.check("name", b.name());
    c.check("slug", b.slug());
    schema(out, c, block, context, b.schema());
  }

  private static void schema(List<Violation> out, Checker block, int i, ValidationContext context,
      BlockSchema s) {
    Checker c = (key, value) -> {
      if (value.isBlank()) {
        block.check("schema." + key, value);
      }
    };
    BlockTypes.of(s).ifPresent(type -> neededStrings(type, s, c));
    if (s instanceof ManualApproval m && m.approvingTeamIds().isEmpty()) {
      out.add(Violation.warning(ViolationCode.MISSING_FIELD, "/actions/" + i + "/schema/approvingTeamIds",
          context.label(i) + ": schema.approvingTeamIds is empty, so nobody can approve: add the id of a team"));
    } else if (s instanceof ConditionalBranch branch) {
      List<BranchPath> paths = branch.branches();
      for (int k = 0; k < paths.size(); k++) {
        c.check("branches[" + k + "].name", paths.get(k).name());
        c.check("branches[" + k + "].slug", paths.get(k).slug());
        c.check("branches[" + k + "].expression", paths.get(k).expression());
      }
    } else if (s instanceof SetVariables sv) {
      for (int k = 0; k < sv.variables().size(); k++) {
        c.check("variables[" + k + "].slug", sv.variables().get(k).slug());
      }
    }
  }

  /** The strings the descriptor table marks as needed to run. */
  private static <S extends BlockSchema> void neededStrings(BlockType<S, ?> type, BlockSchema s, Checker c) {
    S block = type.cast(s);
    for (BlockField<S, ?, ?> field : type.fields()) {
      if (field.neededToRun() && field.valueIn(block) instanceof String value) {
        c.check(field.key(), value);
      }
    }
  }

  private static void require(List<Violation> out, String pointer, String owner, String field, String value) {
    if (value.isBlank()) {
      out.add(Violation.error(ViolationCode.MISSING_FIELD, pointer, owner + field
          + " is empty, but Cortex requires it: set a value"));
    }
  }

  @FunctionalInterface
  private interface Checker {
    void check(String field, String value);
  }
}
