package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.cortexflow.codegen.JavaSource;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Imports one workflow into one {@code WorkflowSource} class: with the fluent DSL when the workflow is valid and
 * the DSL rebuilds it exactly (blocks the typed factories would change go through the {@code block(...)} escape
 * hatch), otherwise with the model's lower-level API and a comment saying why.
 */
public final class WorkflowImport {

  /** The generated class and the warnings to show. */
  public record Result(JavaSource source, List<String> warnings) {}

  private static final int LISTED_PROBLEMS = 10;

  /**
   * The most blocks written as one fluent chain: javac walks a chain recursively, and overflows its stack on
   * chains of about a thousand calls.
   */
  static final int DSL_BLOCK_LIMIT = 200;

  /** The most source text of a fluent {@code workflow()} method, well below the 64 KiB bytecode limit. */
  static final int DSL_TEXT_LIMIT = 40_000;

  private WorkflowImport() {}

  /**
   * Imports a workflow.
   *
   * @param workflow the workflow
   * @param target the class to write
   * @param source where the workflow came from, for comments
   * @param readViolations problems found while reading the file
   * @param catalogue the bindings to use, if any
   */
  public static Result run(Workflow workflow, ClassName target, String source, List<Violation> readViolations,
      Optional<Catalogue> catalogue) {
    List<Violation> errors = new ArrayList<>(readViolations.stream().filter(Violation::isError).toList());
    // a type cortexflow does not know is kept: the DSL code then says allowUnknownTypes()
    errors.addAll(WorkflowValidator.allowingUnknownTypes().validate(workflow).errors());
    if (!errors.isEmpty()) {
      List<String> notes = new ArrayList<>();
      notes.add("This workflow is not valid, so it is built with the model API, which does not check it.");
      notes.add("Fix these problems, then consider rewriting it with Workflows.workflow(...):");
      errors.stream().limit(LISTED_PROBLEMS).forEach(v -> notes.add("  " + v));
      if (errors.size() > LISTED_PROBLEMS) {
        notes.add("  … and " + (errors.size() - LISTED_PROBLEMS) + " more");
      }
      return model(workflow, target, source, notes, "workflow is not valid (" + errors.size()
          + (errors.size() == 1 ? " error" : " errors") + ": " + errors.get(0).code()
          + " …); imported with the model API");
    }
    if (workflow.actions().size() > DSL_BLOCK_LIMIT) {
      return tooLarge(workflow, target, source, workflow.actions().size() + " blocks");
    }
    Set<String> raw = new HashSet<>();
    Optional<Set<String>> handles = Optional.empty();
    while (true) {
      Emission emission = new Emission(catalogue);
      DslImport.Outcome outcome;
      try {
        outcome = new DslImport(workflow, emission, raw, handles).run();
      } catch (FlowPlan.NotExpressible e) {
        return model(workflow, target, source, List.of("Built with the model API: the DSL's flow builder cannot"
            + " express this workflow, because " + e.getMessage() + "."), "the DSL cannot express it ("
            + e.getMessage() + "); imported with the model API");
      } catch (RuntimeException e) {
        return model(workflow, target, source, List.of("Built with the model API: the DSL rejects this workflow: "
            + firstLine(e) + "."), "the DSL rejects it (" + firstLine(e) + "); imported with the model API");
      }
      Set<String> schemaOnly = new HashSet<>();
      Optional<String> difference = Semantic.difference(workflow, outcome.rebuilt(), schemaOnly);
      if (difference.isEmpty() && schemaOnly.isEmpty() && handles.isEmpty()) {
        // write again, declaring handle variables only for the blocks whose outputs the code reads
        handles = Optional.of(emission.readHandles());
        continue;
      }
      if (difference.isEmpty() && schemaOnly.isEmpty()) {
        if (outcome.body().toString().length() > DSL_TEXT_LIMIT) {
          return tooLarge(workflow, target, source, "more than " + DSL_TEXT_LIMIT + " characters of fluent code");
        }
        return new Result(WorkflowClassWriter.write(target, workflow, source, List.of(), outcome.body(),
            emission.staticImports()), List.of());
      }
      schemaOnly.removeAll(raw);
      if (difference.isPresent() || schemaOnly.isEmpty()) {
        String why = difference.orElse("a branch would change");
        return model(workflow, target, source, List.of("Built with the model API: the DSL would not rebuild"
            + " this workflow exactly (" + why + ")."), "the DSL would change it (" + why
            + "); imported with the model API");
      }
      raw.addAll(schemaOnly);
    }
  }

  private static Result model(Workflow workflow, ClassName target, String source, List<String> notes,
      String warning) {
    Emission emission = new Emission(Optional.empty());
    ModelImport.Body body = ModelImport.body(workflow, emission.literals());
    return new Result(WorkflowClassWriter.write(target, workflow, source, notes, body.code(), body.helpers(),
        emission.staticImports()), List.of(warning));
  }

  private static Result tooLarge(Workflow workflow, ClassName target, String source, String size) {
    return model(workflow, target, source, List.of("Built with the model API: with " + size + " this workflow is"
        + " too large for one fluent chain, which javac cannot compile at that size."), "the workflow is too large"
        + " for the DSL's fluent chain (" + size + "); imported with the model API");
  }

  private static String firstLine(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
