package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.FallbackPath;
import dev.cortexflow.model.block.GitIdentity;
import dev.cortexflow.model.block.ImmutableGitIdentity;
import dev.cortexflow.model.block.ImmutableVariableAssignment;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import java.util.Map;

/**
 * Maps the nested parts of blocks that the descriptor table names by kind: the paths of a branch, Git identities
 * and variable assignments (form fields and overrides are {@link InputMapper}'s).
 */
final class BlockParts {
  private BlockParts() {}

  static BranchPath readPath(Fields f, int index) {
    return BranchPath.builder()
        .name(f.string("name", Need.REQUIRED))
        .slug(f.string("slug", Need.REQUIRED))
        .expression(f.string("expression", Need.REQUIRED))
        .outgoingAction(f.optString("outgoingAction"))
        .type(f.optString("type"))
        .extensions(f.extensions()).build();
  }

  static FallbackPath readFallback(Fields f) {
    return FallbackPath.builder()
        .name(f.string("name", Need.REQUIRED))
        .slug(f.string("slug", Need.REQUIRED))
        .outgoingAction(f.optString("outgoingAction"))
        .type(f.optString("type"))
        .extensions(f.extensions()).build();
  }

  static GitIdentity readIdentity(Fields f) {
    return ImmutableGitIdentity.builder()
        .name(f.string("name", Need.REQUIRED))
        .email(f.string("email", Need.REQUIRED))
        .extensions(f.extensions()).build();
  }

  static VariableAssignment readAssignment(Fields f, int index) {
    String slug = f.string("slug", Need.REQUIRED);
    VariableSource source = f.object("source", Need.REQUIRED, f.where() + " source")
        .map(VariableSources::read)
        .orElseGet(() -> VariableSource.custom("", Map.of()));
    return ImmutableVariableAssignment.builder().slug(slug).source(source).extensions(f.extensions()).build();
  }

  static JsonValue writePath(BranchPath p) {
    return Out.object().put("name", p.name()).put("slug", p.slug()).put("expression", p.expression())
        .opt("outgoingAction", p.outgoingAction()).opt("type", p.type()).extensions(p.extensions()).build();
  }

  static JsonValue writeFallback(FallbackPath p) {
    return Out.object().put("name", p.name()).put("slug", p.slug())
        .opt("outgoingAction", p.outgoingAction()).opt("type", p.type()).extensions(p.extensions()).build();
  }

  static JsonValue writeIdentity(GitIdentity id) {
    return Out.object().put("name", id.name()).put("email", id.email()).extensions(id.extensions()).build();
  }

  static JsonValue writeAssignment(VariableAssignment a) {
    return Out.object().put("slug", a.slug()).put("source", VariableSources.write(a.source()))
        .extensions(a.extensions()).build();
  }
}
