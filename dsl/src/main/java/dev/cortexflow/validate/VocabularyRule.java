package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.RestrictionType;
import dev.cortexflow.model.RunRestriction;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Vocabulary;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.PagerDutyCreateIncident;
import dev.cortexflow.model.block.Urgency;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.DateFormat;
import dev.cortexflow.model.input.DateInput;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.NumberFormat;
import dev.cortexflow.model.input.NumberInput;
import java.util.List;

/**
 * Values of Cortex's closed lists (HTTP methods, variable types, ownership scopes, restriction types, urgencies,
 * number and date formats) are ones Cortex accepts (INVALID_VALUE, ERROR): the OpenAPI enumerates them and the
 * server rejects others.
 */
final class VocabularyRule implements ValidationRule {

  @Override
  public void checkWorkflow(ValidationContext context, List<Violation> out) {
    if (context.workflow().filter() instanceof EntityFilter entity) {
      known(out, "/filter/ownershipScope", "", "filter.ownershipScope", entity.ownershipScope(),
          OwnershipScope.knownValues());
    }
    List<Variable> variables = context.workflow().variables();
    for (int i = 0; i < variables.size(); i++) {
      known(out, "/variables/" + i + "/type", "variable '" + variables.get(i).slug() + "' (variables[" + i
          + "]): ", "type", variables.get(i).type(), VariableType.knownValues());
    }
    List<RunRestriction> restrictions = context.workflow().runRestrictionPolicies();
    for (int i = 0; i < restrictions.size(); i++) {
      known(out, "/runRestrictionPolicies/" + i + "/type", "", "runRestrictionPolicies[" + i + "].type",
          restrictions.get(i).type(), RestrictionType.knownValues());
    }
  }

  @Override
  public void checkBlock(ValidationContext context, int i, Block block, List<Violation> out) {
    BlockSchema s = block.schema();
    if (s instanceof HttpRequest || s instanceof HttpRequestAsync || s instanceof PagerDutyCreateIncident
        || s instanceof UserInput) { // the only schemas with closed lists; strings are built only for them
      schema(out, "/actions/" + i + "/schema", context.label(i) + ": ", s);
    }
  }

  private static void schema(List<Violation> out, String at, String owner, BlockSchema s) {
    if (s instanceof HttpRequest h) {
      known(out, at + "/httpMethod", owner, "schema.httpMethod", h.httpMethod(), HttpMethod.knownValues());
    } else if (s instanceof HttpRequestAsync h) {
      known(out, at + "/httpMethod", owner, "schema.httpMethod", h.httpMethod(), HttpMethod.knownValues());
    } else if (s instanceof PagerDutyCreateIncident p) {
      known(out, at + "/urgency", owner, "schema.urgency", p.urgency(), Urgency.knownValues());
    } else if (s instanceof UserInput form) {
      List<InputField> inputs = form.inputs();
      for (int k = 0; k < inputs.size(); k++) {
        String field = "schema.inputs[" + k + "].format";
        String pointer = at + "/inputs/" + k + "/format";
        if (inputs.get(k) instanceof NumberInput n && n.format().isPresent()) {
          known(out, pointer, owner, field, n.format().get(), NumberFormat.knownValues());
        } else if (inputs.get(k) instanceof DateInput d && d.format().isPresent()) {
          known(out, pointer, owner, field, d.format().get(), DateFormat.knownValues());
        }
      }
    }
  }

  private static void known(List<Violation> out, String pointer, String owner, String field, Vocabulary value,
      List<? extends Vocabulary> known) {
    if (!value.isKnown()) {
      out.add(Violation.error(ViolationCode.INVALID_VALUE, pointer, owner + field + " '" + value.value()
          + "' is not one of " + String.join(", ", known.stream().map(Vocabulary::value).toList())));
    }
  }
}
