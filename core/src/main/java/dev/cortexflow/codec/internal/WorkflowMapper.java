package dev.cortexflow.codec.internal;

import dev.cortexflow.model.ImmutableRunRestriction;
import dev.cortexflow.model.ImmutableVariable;
import dev.cortexflow.model.ImmutableWorkflow;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.RestrictionType;
import dev.cortexflow.model.RunRestriction;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;

/**
 * Maps the top level of a descriptor, its variables and run restrictions. Key order when writing follows Cortex's
 * exports: name, tag, description, isDraft, filter, variables, runResponseTemplate, failedRunResponseTemplate,
 * actions, runRestrictionPolicies, iconTag, isRunnableViaApi, restrictActionCompletionToRunnerUser, then unknown keys.
 */
final class WorkflowMapper {
  private WorkflowMapper() {}

  static Workflow read(Node.MapNode root, Issues issues) {
    Fields f = new Fields(root, "", "workflow", issues);
    ImmutableWorkflow.Builder b = Workflow.builder()
        .name(f.string("name", Need.REQUIRED))
        .tag(f.string("tag", Need.REQUIRED))
        .description(f.optString("description"));
    f.optBool("isDraft", Need.REQUIRED).ifPresent(b::isDraft);
    b.filter(FilterMapper.read(f));
    b.variables(f.objects("variables", Need.DEFAULTED, WorkflowMapper::readVariable));
    b.runResponseTemplate(f.optString("runResponseTemplate"));
    b.failedRunResponseTemplate(f.optString("failedRunResponseTemplate"));
    b.actions(f.objects("actions", Need.REQUIRED, BlockMapper::read));
    b.runRestrictionPolicies(f.objects("runRestrictionPolicies", Need.OPTIONAL, WorkflowMapper::readRestriction));
    b.iconTag(f.optString("iconTag"));
    b.isRunnableViaApi(f.optBool("isRunnableViaApi", Need.OPTIONAL));
    f.optBool("restrictActionCompletionToRunnerUser", Need.DEFAULTED)
        .ifPresent(b::restrictActionCompletionToRunnerUser);
    return b.extensions(f.extensions()).build();
  }

  private static Variable readVariable(Fields f, int index) {
    String slug = f.string("slug", Need.REQUIRED);
    Fields v = f.named("variable '" + slug + "' (variables[" + index + "])");
    ImmutableVariable.Builder b = Variable.builder()
        .slug(slug)
        .type(VariableType.of(v.string("type", Need.REQUIRED)))
        .defaultValue(v.optJson("defaultValue"))
        .description(v.optString("description"));
    return b.extensions(v.extensions()).build();
  }

  private static RunRestriction readRestriction(Fields f, int index) {
    return ImmutableRunRestriction.builder()
        .id(f.string("id", Need.REQUIRED))
        .type(RestrictionType.of(f.string("type", Need.REQUIRED)))
        .extensions(f.extensions())
        .build();
  }

  static JsonValue write(Workflow w) {
    return Out.object()
        .put("name", w.name())
        .put("tag", w.tag())
        .opt("description", w.description())
        .put("isDraft", w.isDraft())
        .put("filter", FilterMapper.write(w.filter()))
        .list("variables", w.variables(), WorkflowMapper::writeVariable)
        .opt("runResponseTemplate", w.runResponseTemplate())
        .opt("failedRunResponseTemplate", w.failedRunResponseTemplate())
        .list("actions", w.actions(), BlockMapper::write)
        .list("runRestrictionPolicies", w.runRestrictionPolicies(), WorkflowMapper::writeRestriction)
        .opt("iconTag", w.iconTag())
        .optBool("isRunnableViaApi", w.isRunnableViaApi())
        .put("restrictActionCompletionToRunnerUser", w.restrictActionCompletionToRunnerUser())
        .extensions(w.extensions())
        .build();
  }

  private static JsonValue writeVariable(Variable v) {
    Out out = Out.object().put("slug", v.slug()).put("type", v.type().value());
    v.defaultValue().ifPresent(d -> out.put("defaultValue", Out.sorted(d)));
    return out.opt("description", v.description()).extensions(v.extensions()).build();
  }

  private static JsonValue writeRestriction(RunRestriction r) {
    return Out.object().put("id", r.id()).put("type", r.type().value()).extensions(r.extensions()).build();
  }
}
