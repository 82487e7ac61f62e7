package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.Workflow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the rules share for one validation: slug index, variables and block graph, each computed once. */
final class ValidationContext {

  /** Lists of names in messages stop after this many entries. */
  static final int MAX_LISTED = 10;

  private final Workflow workflow;
  private final List<Block> blocks;
  private final Map<String, Integer> slugIndex;
  private final Set<String> variables;
  private BlockGraph graph;
  private String knownBlocks;
  private String declaredVariables;

  ValidationContext(Workflow workflow) {
    this.workflow = workflow;
    this.blocks = workflow.actions();
    this.slugIndex = new HashMap<>(blocks.size() * 2);
    for (int i = 0; i < blocks.size(); i++) {
      slugIndex.putIfAbsent(blocks.get(i).slug(), i);
    }
    this.variables = new HashSet<>();
    for (Variable v : workflow.variables()) {
      variables.add(v.slug());
    }
  }

  Workflow workflow() {
    return workflow;
  }

  List<Block> blocks() {
    return blocks;
  }

  /** Index of the first block with the slug, or -1. */
  int indexOf(String slug) {
    Integer i = slugIndex.get(slug);
    return i == null ? -1 : i;
  }

  boolean isDeclaredVariable(String slug) {
    return variables.contains(slug);
  }

  /** {@code block 'deploy' (actions[3])}. */
  String label(int block) {
    return "block '" + blocks.get(block).slug() + "' (actions[" + block + "])";
  }

  /** How a message about a reference starts: {@code block 'x' (actions[3]): }, or nothing for a template. */
  String owner(LocatedReference ref) {
    return ref.blockIndex().isPresent() ? label(ref.blockIndex().getAsInt()) + ": " : "";
  }

  /** How a message about a reference starts: {@code block 'x' (actions[3]): payload reads actions.y.outputs.z}. */
  String reads(LocatedReference ref) {
    return owner(ref) + field(ref) + " reads " + ref.reference().statePath();
  }

  /**
   * The field of a reference as messages name it: {@code schema.inputs[0].defaultValue} for a block field,
   * {@code runResponseTemplate} for a template.
   */
  static String field(LocatedReference ref) {
    return field(ref.pointer(), ref.blockIndex().isPresent());
  }

  /** Turns a pointer into dotted YAML keys, dropping the {@code /actions/<i>/} prefix of block fields. */
  static String field(String pointer, boolean inBlock) {
    String[] parts = pointer.split("/", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = inBlock ? 3 : 1; i < parts.length; i++) {
      String part = parts[i].replace("~1", "/").replace("~0", "~");
      if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(part).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(part);
      }
    }
    return sb.toString();
  }

  /** {@code known: approve, deploy, notify}, sorted, shortened for large workflows. */
  String knownBlocks() {
    if (knownBlocks == null) {
      knownBlocks = listing("known", slugIndex.keySet(), "no blocks");
    }
    return knownBlocks;
  }

  /** {@code declared: env, region}, sorted, shortened for many variables. */
  String declaredVariables() {
    if (declaredVariables == null) {
      declaredVariables = listing("declared", variables, "no variables are declared");
    }
    return declaredVariables;
  }

  BlockGraph graph() {
    if (graph == null) {
      graph = new BlockGraph(this);
    }
    return graph;
  }

  /** Joins names for a message: {@code a, b, c}, or {@code a, b, … and 7 more}. */
  static String join(Collection<String> names) {
    List<String> shown = new ArrayList<>();
    int rest = 0;
    for (String name : names) {
      if (shown.size() < MAX_LISTED) {
        shown.add(name);
      } else {
        rest++;
      }
    }
    return String.join(", ", shown) + (rest > 0 ? ", … and " + rest + " more" : "");
  }

  private static String listing(String word, Set<String> names, String none) {
    return names.isEmpty() ? none : word + ": " + join(new TreeSet<>(names));
  }
}
