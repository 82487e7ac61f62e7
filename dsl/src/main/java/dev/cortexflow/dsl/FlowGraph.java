package dev.cortexflow.dsl;

import dev.cortexflow.env.MissingEnvironmentValueException;
import dev.cortexflow.expr.Ref;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.FallbackPath;
import dev.cortexflow.model.block.ImmutableConditionalBranch;
import dev.cortexflow.model.block.Jq;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The block graph of one workflow under construction. Edges are only ever added from an existing block to a new
 * one, or from path ends to a new join block, so the graph is a rooted DAG by construction.
 */
final class FlowGraph implements Ref.Origin {

  /** A block under construction; branch blocks get their schema when the branch is attached. */
  static final class Node {
    final String slug;
    final String name;
    BlockSchema schema;
    final List<String> successors = new ArrayList<>(1);
    final boolean root;
    final Map<String, JsonValue> extensions = new LinkedHashMap<>();
    Scope scope;

    Node(String slug, String name, BlockSchema schema, boolean root, Scope scope) {
      this.slug = slug;
      this.name = name;
      this.schema = schema;
      this.root = root;
      this.scope = scope;
    }
  }

  /**
   * A stretch of flow whose open ends (blocks without successor) continue together: the main flow or one branch
   * path. When a branch without join closes, its paths' ends become open ends of the enclosing scope.
   */
  static final class Scope {
    final Set<Node> openEnds = new LinkedHashSet<>();
    Scope mergedInto;

    Scope effective() {
      Scope s = this;
      while (s.mergedInto != null) {
        s = s.mergedInto;
      }
      return s;
    }
  }

  // the flows being built on this thread, innermost last: a handle adds blocks only to the innermost one
  private static final ThreadLocal<ArrayDeque<FlowGraph>> BUILDING = ThreadLocal.withInitial(ArrayDeque::new);

  private final String tag;
  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, Node> bySlug = new HashMap<>();
  private boolean complete;

  FlowGraph(String tag) {
    this.tag = tag;
  }

  /** The tag of the workflow this flow belongs to. */
  String tag() {
    return tag;
  }

  /** Runs {@code flow}, the code that adds this workflow's blocks, then marks the flow complete. */
  void build(Runnable flow) {
    ArrayDeque<FlowGraph> building = BUILDING.get();
    building.addLast(this);
    try {
      flow.run();
    } catch (MissingEnvironmentValueException e) {
      throw e.inWorkflow(tag);
    } finally {
      building.removeLast();
      complete = true;
    }
  }

  /**
   * Refuses to add a block through a handle of this flow ({@code handle} describes it) once the flow is complete, or
   * while another workflow's flow is being built: the block would be lost or land in the wrong workflow.
   */
  void requireBuilding(String handle) {
    if (complete) {
      throw new IllegalStateException(handle + " belongs to workflow '" + tag
          + "', whose flow is complete: add blocks inside that workflow's startWith(...)");
    }
    FlowGraph current = BUILDING.get().peekLast();
    if (current != null && current != this) {
      throw new IllegalStateException(handle + " belongs to workflow '" + tag
          + "', not to workflow '" + current.tag + "' being built: continue from a handle of '" + current.tag + "'");
    }
  }

  /**
   * Refuses a reference read through a handle of this flow while another workflow's flow is being built: it would
   * read a block of this workflow, or, when that workflow has a block of the same slug, silently that one.
   */
  @Override
  public void check(Ref ref) {
    FlowGraph current = BUILDING.get().peekLast();
    if (current != null && current != this) {
      throw new IllegalStateException("reference " + ref + " reads block '" + ref.blockSlug().orElse("?")
          + "' of workflow '" + tag + "', not of workflow '" + current.tag + "' being built: read outputs through"
          + " a handle of '" + current.tag + "'");
    }
  }

  private void register(Node node) {
    Node previous = bySlug.putIfAbsent(node.slug, node);
    if (previous != null) {
      throw new IllegalArgumentException("slug '" + node.slug + "' is already used by block '" + previous.name
          + "': give every block its own slug");
    }
    nodes.add(node);
  }

  Node addRoot(String slug, String name, BlockSchema schema) {
    Scope main = new Scope();
    Node node = new Node(slug, name, schema, true, main);
    register(node);
    main.openEnds.add(node);
    return node;
  }

  /** Adds a block after {@code from}, which must have no successor yet. */
  Node addAfter(Node from, String slug, String name, BlockSchema schema) {
    requireBuilding("block '" + from.slug + "'");
    requireOpen(from);
    Node node = new Node(slug, name, schema, false, from.scope.effective());
    connect(from, node);
    return node;
  }

  /** Adds the first block of a path. */
  Node addFirst(Scope scope, String slug, String name, BlockSchema schema) {
    Node node = new Node(slug, name, schema, false, scope);
    register(node);
    scope.openEnds.add(node);
    return node;
  }

  /** Adds a block in a scope with no incoming edge yet (a join); the caller wires its predecessors. */
  Node addDetached(Scope scope, String slug, String name, BlockSchema schema) {
    Node node = new Node(slug, name, schema, false, scope);
    register(node);
    scope.openEnds.add(node);
    return node;
  }

  private void connect(Node from, Node to) {
    register(to);
    from.successors.add(to.slug);
    Scope scope = from.scope.effective();
    scope.openEnds.remove(from);
    scope.openEnds.add(to);
  }

  void requireOpen(Node from) {
    if (!from.successors.isEmpty()) {
      throw new IllegalStateException("block '" + from.slug + "' already continues with '" + from.successors.get(0)
          + "': only a branch may have several successors");
    }
    if (from.schema instanceof ConditionalBranch || from.schema == null) {
      throw new IllegalStateException("block '" + from.slug + "' is a branch: continue inside its paths or after its join");
    }
  }

  /** Puts the spec's block-level fields on its node; returns the node. */
  static Node withBlockFields(Node node, BlockSpec<?> spec) {
    node.extensions.putAll(spec.blockFields());
    return node;
  }

  /** Runs the path bodies of a branch and wires them: path heads, pass-through blocks for empty paths, the join. */
  Optional<Node> attachBranch(Node branchNode, BranchDefinition def) {
    Scope outer = branchNode.scope.effective();
    outer.openEnds.remove(branchNode);
    List<Scope> scopes = new ArrayList<>();
    List<BranchPath> items = new ArrayList<>();
    ImmutableConditionalBranch.Builder schema = ConditionalBranch.builder();
    for (BranchDefinition.PathDef path : def.paths()) {
      Scope scope = new Scope();
      scopes.add(scope);
      PathFlow body = new PathFlow(this, scope, def.slug(), path.slug());
      path.body().accept(body);
      body.close();
      Node head = body.head();
      if (head == null && def.join().isPresent()) {
        head = addFirst(scope, path.slug() + "-pass-through", "Pass through", Jq.of("."));
      }
      if (head != null) {
        branchNode.successors.add(head.slug);
      }
      Optional<String> target = Optional.ofNullable(head).map(n -> n.slug);
      if (path.condition().isPresent()) {
        items.add(BranchPath.builder().name(path.name()).slug(path.slug())
            .expression(path.condition().get().expression()).outgoingAction(target).type(itemType(def, "CONDITIONAL")).build());
      } else {
        schema.fallbackBranch(FallbackPath.builder().name(path.name()).slug(path.slug())
            .outgoingAction(target).type(itemType(def, "FALLBACK")).build());
      }
    }
    schema.addAllBranches(items);
    Optional<Node> join = def.join().map(spec -> withBlockFields(
        addDetached(outer, spec.slug(), spec.name(), spec.addTo(tag)), spec));
    for (Scope scope : scopes) {
      for (Node end : scope.openEnds) {
        join.ifPresentOrElse(j -> end.successors.add(j.slug), () -> outer.openEnds.add(end));
      }
      scope.openEnds.clear();
      scope.mergedInto = outer;
    }
    join.ifPresent(node -> schema.joiningAction(node.slug));
    branchNode.schema = schema.putAllExtensions(def.extensions()).build();
    branchNode.extensions.putAll(def.blockExtensions());
    return join;
  }

  private static Optional<String> itemType(BranchDefinition def, String type) {
    return def.itemTypes() ? Optional.of(type) : Optional.empty();
  }

  List<Block> blocks() {
    List<Block> out = new ArrayList<>(nodes.size());
    for (Node node : nodes) {
      out.add(Block.builder().slug(node.slug).name(node.name).schema(node.schema)
          .outgoingActions(node.successors).isRootAction(node.root).putAllExtensions(node.extensions).build());
    }
    return out;
  }
}
