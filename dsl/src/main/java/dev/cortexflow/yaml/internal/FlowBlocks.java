package dev.cortexflow.yaml.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.FallbackPath;
import dev.cortexflow.model.block.ImmutableVariableAssignment;
import dev.cortexflow.model.block.JavaScript;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.ManualApproval;
import dev.cortexflow.model.block.Scaffolder;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import java.util.Optional;

/**
 * Maps the control and data blocks: JQ, JAVASCRIPT, CONDITIONAL_BRANCH, MANUAL_APPROVAL, SET_VARIABLES, SCAFFOLDER
 * and USER_INPUT (whose fields and overrides {@link InputMapper} maps).
 */
final class FlowBlocks {
  private FlowBlocks() {}

  static Optional<BlockSchema> read(String type, Fields s) {
    BlockSchema schema = switch (type) {
      case "JQ" -> Jq.builder().expression(s.string("expression", Need.REQUIRED)).extensions(s.extensions()).build();
      case "JAVASCRIPT" -> JavaScript.builder().script(s.string("script", Need.REQUIRED))
          .extensions(s.extensions()).build();
      case "CONDITIONAL_BRANCH" -> ConditionalBranch.builder()
          .branches(s.objects("branches", Need.REQUIRED, FlowBlocks::readPath))
          .fallbackBranch(s.object("fallbackBranch", Need.OPTIONAL, s.where() + " fallbackBranch")
              .map(FlowBlocks::readFallback))
          .joiningAction(s.optString("joiningAction"))
          .extensions(s.extensions()).build();
      case "MANUAL_APPROVAL" -> ManualApproval.builder()
          .approvingTeamIds(s.strings("approvingTeamIds", Need.REQUIRED))
          .approverDescription(s.optString("approverDescription"))
          .extensions(s.extensions()).build();
      case "SET_VARIABLES" -> SetVariables.builder()
          .variables(s.objects("variables", Need.REQUIRED, FlowBlocks::readAssignment))
          .extensions(s.extensions()).build();
      case "SCAFFOLDER" -> Scaffolder.builder()
          .scaffolderTemplateId(s.string("scaffolderTemplateId", Need.REQUIRED))
          .inputOverrides(s.objects("inputOverrides", Need.DEFAULTED, InputMapper::readOverride))
          .createNewRepository(s.optBool("createNewRepository", Need.OPTIONAL))
          .createService(s.optBool("createService", Need.OPTIONAL))
          .extensions(s.extensions()).build();
      case "USER_INPUT" -> UserInput.builder()
          .inputs(s.objects("inputs", Need.REQUIRED, InputMapper::readField))
          .inputOverrides(s.objects("inputOverrides", Need.DEFAULTED, InputMapper::readOverride))
          .jsValidatorScript(s.optString("jsValidatorScript"))
          .extensions(s.extensions()).build();
      default -> null;
    };
    return Optional.ofNullable(schema);
  }

  private static BranchPath readPath(Fields f, int index) {
    return BranchPath.builder()
        .name(f.string("name", Need.REQUIRED))
        .slug(f.string("slug", Need.REQUIRED))
        .expression(f.string("expression", Need.REQUIRED))
        .outgoingAction(f.optString("outgoingAction"))
        .type(f.optString("type"))
        .extensions(f.extensions()).build();
  }

  private static FallbackPath readFallback(Fields f) {
    return FallbackPath.builder()
        .name(f.string("name", Need.REQUIRED))
        .slug(f.string("slug", Need.REQUIRED))
        .outgoingAction(f.optString("outgoingAction"))
        .type(f.optString("type"))
        .extensions(f.extensions()).build();
  }

  private static VariableAssignment readAssignment(Fields f, int index) {
    String slug = f.string("slug", Need.REQUIRED);
    VariableSource source = f.object("source", Need.REQUIRED, f.where() + " source")
        .map(VariableSources::read)
        .orElseGet(() -> VariableSource.custom("", java.util.Map.of()));
    return ImmutableVariableAssignment.builder().slug(slug).source(source).extensions(f.extensions()).build();
  }

  static boolean write(BlockSchema schema, Out out) {
    if (schema instanceof Jq x) {
      out.put("expression", x.expression());
    } else if (schema instanceof JavaScript x) {
      out.put("script", x.script());
    } else if (schema instanceof ConditionalBranch x) {
      out.list("branches", x.branches(), FlowBlocks::writePath);
      x.fallbackBranch().ifPresent(fb -> out.put("fallbackBranch", writeFallback(fb)));
      out.opt("joiningAction", x.joiningAction());
    } else if (schema instanceof ManualApproval x) {
      out.strings("approvingTeamIds", x.approvingTeamIds()).opt("approverDescription", x.approverDescription());
    } else if (schema instanceof SetVariables x) {
      out.list("variables", x.variables(), FlowBlocks::writeAssignment);
    } else if (schema instanceof Scaffolder x) {
      out.put("scaffolderTemplateId", x.scaffolderTemplateId())
          .list("inputOverrides", x.inputOverrides(), InputMapper::writeOverride)
          .optBool("createNewRepository", x.createNewRepository()).optBool("createService", x.createService());
    } else if (schema instanceof UserInput x) {
      out.list("inputs", x.inputs(), InputMapper::writeField)
          .list("inputOverrides", x.inputOverrides(), InputMapper::writeOverride)
          .opt("jsValidatorScript", x.jsValidatorScript());
    } else {
      return false;
    }
    return true;
  }

  private static JsonValue writePath(BranchPath p) {
    return Out.object().put("name", p.name()).put("slug", p.slug()).put("expression", p.expression())
        .opt("outgoingAction", p.outgoingAction()).opt("type", p.type()).extensions(p.extensions()).build();
  }

  private static JsonValue writeFallback(FallbackPath p) {
    return Out.object().put("name", p.name()).put("slug", p.slug())
        .opt("outgoingAction", p.outgoingAction()).opt("type", p.type()).extensions(p.extensions()).build();
  }

  private static JsonValue writeAssignment(VariableAssignment a) {
    return Out.object().put("slug", a.slug()).put("source", VariableSources.write(a.source()))
        .extensions(a.extensions()).build();
  }
}
