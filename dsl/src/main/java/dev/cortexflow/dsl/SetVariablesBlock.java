package dev.cortexflow.dsl;

import dev.cortexflow.expr.HasRef;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code SET_VARIABLES} block: assigns workflow variables from run state or JavaScript. Create it with
 * {@link Blocks#setVariables(String, String)}.
 *
 * <pre class="compilable">{@code
 * setVariables("set-owner", "Set owner").set(owner, form.output("owner"))
 * }</pre>
 */
public final class SetVariablesBlock extends BlockSpec<SetVariablesBlock> {

  private final List<VariableAssignment> assignments = new ArrayList<>();

  SetVariablesBlock(String slug, String name) {
    super(slug, name);
  }

  /**
   * Sets a variable to a value of run state: a {@code variables} entry with {@code slug} and
   * {@code source: {type: REFERENCE, path}} (the reference's state path).
   */
  public SetVariablesBlock set(Var<?> variable, HasRef source) {
    return add(variable.slug(), VariableSource.reference(source.ref().path()));
  }

  /** Sets a variable to the result of a script: {@code source: {type: JAVASCRIPT, script}}. */
  public SetVariablesBlock setByScript(Var<?> variable, CharSequence script) {
    return add(variable.slug(), VariableSource.javaScript(Objects.requireNonNull(script, "script").toString()));
  }

  /**
   * Adds an assignment of any source to a variable named by slug ({@code variables[]: {slug, source}}; escape
   * hatch).
   */
  public SetVariablesBlock assign(String variableSlug, VariableSource source) {
    return add(variableSlug, source);
  }

  private SetVariablesBlock add(String variableSlug, VariableSource source) {
    assignments.add(VariableAssignment.of(Objects.requireNonNull(variableSlug, "variableSlug"),
        Objects.requireNonNull(source, "source")));
    return self();
  }

  @Override
  BlockSchema toSchema() {
    return SetVariables.builder().variables(assignments).putAllExtensions(customFields()).build();
  }
}
