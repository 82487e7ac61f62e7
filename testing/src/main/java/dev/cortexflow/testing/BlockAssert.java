package dev.cortexflow.testing;

import static dev.cortexflow.testing.WorkflowPaths.quoted;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.WorkflowGraph;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.validate.FoundReference;
import dev.cortexflow.validate.LocatedReference;
import dev.cortexflow.validate.ReferenceScanner;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one block of a workflow, reached through {@link WorkflowAssert#hasBlock(String)}; {@link #and()}
 * returns to the workflow.
 *
 * <pre class="compilable">{@code
 * assertThat(wf).hasBlock("announce")
 *     .isOfType("SLACK")
 *     .readsFrom("choose")
 *     .hasSchemaSatisfying(Slack.class, slack -> Assertions.assertThat(slack.channel()).isEqualTo("deploys"))
 *     .and()
 *     .hasBlock("choose").isRoot();
 * }</pre>
 *
 * Failure messages start with {@code Expecting block '<slug>'}. Not thread-safe.
 */
public final class BlockAssert extends AbstractAssert<BlockAssert, Block> {

  private final WorkflowAssert workflowAssert;
  private final Workflow workflow;

  BlockAssert(WorkflowAssert workflowAssert, Workflow workflow, Block actual) {
    super(actual, BlockAssert.class);
    this.workflowAssert = workflowAssert;
    this.workflow = workflow;
  }

  /**
   * Returns to the assertion on the workflow that holds this block.
   *
   * @return the workflow assertion
   */
  public WorkflowAssert and() {
    return workflowAssert;
  }

  /**
   * Checks the block's {@code schema.type}, e.g. {@code "HTTP_REQUEST"}.
   *
   * @param type the expected block type
   * @return this assertion
   */
  public BlockAssert isOfType(String type) {
    Objects.requireNonNull(type, "type");
    String actualType = actual.schema().type();
    if (!actualType.equals(type)) {
      fail(expecting() + " to be of type '" + type + "' but it is of type '" + actualType + "'");
    }
    return this;
  }

  /**
   * Checks that the block is the workflow's root ({@code isRootAction: true}).
   *
   * @return this assertion
   */
  public BlockAssert isRoot() {
    if (!actual.isRootAction()) {
      List<String> roots = WorkflowGraph.of(workflow).roots();
      fail(expecting() + " to be the root block, but " + (roots.isEmpty() ? "the workflow has no root"
          : "the root is " + String.join(", ", roots.stream().map(r -> "'" + r + "'").toList())));
    }
    return this;
  }

  /**
   * Checks the block's successors, in any order: its {@code outgoingActions} and, for a branch, the first block
   * of each path.
   *
   * @param slugs the expected successors, all of them
   * @return this assertion
   */
  public BlockAssert hasSuccessors(String... slugs) {
    Objects.requireNonNull(slugs, "slugs");
    Set<String> expected = new LinkedHashSet<>(List.of(slugs));
    List<String> successors = WorkflowGraph.targets(actual);
    if (!Set.copyOf(successors).equals(expected)) {
      fail(expecting() + " to have successors " + quoted(List.copyOf(expected)) + ", but "
          + (successors.isEmpty() ? "it has none" : "it has " + quoted(successors)));
    }
    return this;
  }

  /**
   * Checks that the block ends its path: no {@code outgoingActions} and no branch paths.
   *
   * @return this assertion
   */
  public BlockAssert hasNoSuccessors() {
    List<String> successors = WorkflowGraph.targets(actual);
    if (!successors.isEmpty()) {
      fail(expecting() + " to have no successors, but it has " + quoted(successors));
    }
    return this;
  }

  /**
   * Checks that some string field of the block references the outputs of block {@code slug} (in any syntax:
   * Mustache, JQ, CEL, JavaScript or a state path), as found by {@link ReferenceScanner}.
   *
   * @param slug the block whose outputs this block reads
   * @return this assertion
   */
  public BlockAssert readsFrom(String slug) {
    Objects.requireNonNull(slug, "slug");
    List<String> read = readBlocks();
    if (!read.contains(slug)) {
      fail(expecting() + " to read from block '" + slug + "', but it reads "
          + (read.isEmpty() ? "no block's outputs" : "from " + quoted(read)));
    }
    return this;
  }

  /**
   * Checks that the block's schema is a {@code type} and runs {@code requirements} on it, typically more AssertJ
   * assertions; their failures propagate unchanged.
   *
   * @param type the expected schema class, e.g. {@code HttpRequest.class}
   * @param requirements the checks to run on the schema
   * @param <T> the schema type
   * @return this assertion
   */
  public <T extends BlockSchema> BlockAssert hasSchemaSatisfying(Class<T> type, Consumer<T> requirements) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(requirements, "requirements");
    if (!type.isInstance(actual.schema())) {
      fail(expecting() + " to have a " + type.getSimpleName() + " schema, but it has a "
          + actual.schema().type() + " schema");
    }
    requirements.accept(type.cast(actual.schema()));
    return this;
  }

  private List<String> readBlocks() {
    int index = workflow.actions().indexOf(actual);
    Set<String> read = new LinkedHashSet<>();
    for (LocatedReference ref : ReferenceScanner.scan(workflow)) {
      if (ref.blockIndex().isPresent() && ref.blockIndex().getAsInt() == index
          && ref.reference().kind() == FoundReference.Kind.ACTION) {
        read.add(ref.reference().name());
      }
    }
    return List.copyOf(read);
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }

  private String expecting() {
    return "Expecting block '" + actual.slug() + "' of workflow '" + workflow.tag() + "'";
  }
}
