package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.EntityFilter;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.RestrictionType;
import dev.cortexflow.model.RunRestriction;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Vocabulary;
import dev.cortexflow.model.block.BlockField;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.BlockType;
import dev.cortexflow.model.block.BlockTypes;
import dev.cortexflow.model.block.FieldKind;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputKey;
import dev.cortexflow.model.input.InputKind;
import dev.cortexflow.model.input.InputKinds;
import java.util.List;
import java.util.Optional;

/**
 * Values of Cortex's closed lists (HTTP methods, variable types, ownership scopes, restriction types, urgencies,
 * number and date formats) are ones Cortex accepts (INVALID_VALUE, ERROR): the OpenAPI enumerates them and the
 * server rejects others. The block fields of such a list are the descriptor table's ({@link FieldKind#isVocabulary()}),
 * the form field keys the input table's ({@link dev.cortexflow.model.input.InputValueKind#isVocabulary()}).
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
    BlockTypes.of(s).ifPresent(type -> vocabularies(out, context, i, type, s));
    if (s instanceof UserInput form) {
      formats(out, "/actions/" + i + "/schema", context.label(i) + ": ", form);
    }
  }

  /** The fields the descriptor table gives a vocabulary kind; strings are built only for an unknown value. */
  private static <S extends BlockSchema> void vocabularies(List<Violation> out, ValidationContext context, int i,
      BlockType<S, ?> type, BlockSchema s) {
    S schema = type.cast(s);
    for (BlockField<S, ?, ?> field : type.fields()) {
      if (field.kind().isVocabulary() && field.valueIn(schema) instanceof Vocabulary value && !value.isKnown()) {
        known(out, "/actions/" + i + "/schema/" + field.key(), context.label(i) + ": ", "schema." + field.key(),
            value, field.kind().knownValues());
      }
    }
  }

  private static void formats(List<Violation> out, String at, String owner, UserInput form) {
    List<InputField> inputs = form.inputs();
    for (int k = 0; k < inputs.size(); k++) {
      InputField field = inputs.get(k);
      int index = k;
      InputKinds.of(field).ifPresent(kind -> inputVocabularies(out, at, owner, index, kind, field));
    }
  }

  /** The keys the input table gives a vocabulary kind; strings are built only for an unknown value. */
  private static <F extends InputField> void inputVocabularies(List<Violation> out, String at, String owner,
      int k, InputKind<F, ?> kind, InputField f) {
    F field = kind.cast(f);
    for (InputKey<F, ?, ?> key : kind.keys()) {
      if (key.kind().isVocabulary() && key.valueIn(field) instanceof Optional<?> set
          && set.orElse(null) instanceof Vocabulary value && !value.isKnown()) {
        known(out, at + "/inputs/" + k + "/" + key.key(), owner, "schema.inputs[" + k + "]." + key.key(), value,
            key.kind().knownValues());
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
