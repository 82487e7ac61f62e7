package dev.cortexflow.dsl;

import dev.cortexflow.dsl.BranchDefinition.PathDef;
import dev.cortexflow.expr.Condition;
import dev.cortexflow.model.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@code CONDITIONAL_BRANCH} block, built in stages so that only a closed branch can be added to a flow:
 * {@link Blocks#branch(String, String)} gives a {@link Start}; at least one {@code when} path, an optional
 * {@code otherwise} fallback, then {@code joinAt(block)} or {@code withoutJoin()} close it.
 *
 * <pre class="compilable">{@code
 * BlockRef notify = approve.then(branch("route", "Route by environment")
 *     .when("prod", "Production", Cel.eq(env, "prod"), p -> p
 *         .then(httpRequest("deploy-prod", "Deploy to production", HttpMethod.POST, "https://deploy.example.com/prod")))
 *     .otherwise("other", "Other", p -> p
 *         .then(httpRequest("deploy-staging", "Deploy to staging", HttpMethod.POST, "https://deploy.example.com/staging")))
 *     .joinAt(slack("notify", "Notify", "deploys", "Done")));
 * }</pre>
 *
 * <p>The wiring follows real Cortex files: the branch block's {@code outgoingActions} lists every path's first
 * block (conditional paths, then the fallback); items are written with {@code type: CONDITIONAL} and
 * {@code type: FALLBACK} (or without {@code type} after {@link Start#withoutItemTypes()}); each path's last block points at the join ({@code joiningAction}); an empty path gets a
 * pass-through {@code JQ "."} block. Path bodies run when the closed branch is added to the flow.
 *
 * <p>Do not assign the stage types ({@link Start}, {@link Paths}, {@link WithFallback}) to variables; chain the
 * calls. Stages are single-use and not thread-safe.
 */
public final class Branch {

  private Branch() {}

  static Start start(String slug, String name) {
    return new Stages(BlockSpec.requireSlug(slug), Objects.requireNonNull(name, "name"));
  }

  /** A branch with no path yet. */
  @CheckReturnValue
  public interface Start {

    /**
     * Adds a conditional path (an entry of {@code branches} with {@code name}, {@code slug}, {@code expression},
     * {@code outgoingAction} and {@code type: CONDITIONAL}).
     *
     * @param body adds the path's blocks; run when the branch is added to the flow
     */
    Paths when(String slug, String name, Condition condition, Consumer<PathFlow> body);

    /** Sets a key of the branch block's {@code schema} that the DSL does not cover. */
    Start customField(String key, Object value);

    /**
     * Sets a key on the branch block itself, next to {@code slug} and {@code schema} (see
     * {@link BlockSpec#customBlockField(String, Object)}).
     *
     * @throws IllegalArgumentException when the key is one the DSL sets
     * @throws IllegalStateException when the key is already set
     */
    Start customBlockField(String key, Object value);

    /**
     * Writes the items of {@code branches} and {@code fallbackBranch} without their {@code type} key (by default
     * {@code CONDITIONAL} and {@code FALLBACK}), as some hand-written descriptors do; Cortex accepts both.
     */
    Start withoutItemTypes();
  }

  /** A branch with at least one conditional path. */
  @CheckReturnValue
  public interface Paths {

    /** Adds another conditional path, evaluated after the previous ones ({@code branches}). */
    Paths when(String slug, String name, Condition condition, Consumer<PathFlow> body);

    /** Adds the path taken when no condition holds ({@code fallbackBranch}, {@code type: FALLBACK}). */
    WithFallback otherwise(String slug, String name, Consumer<PathFlow> body);

    /** Closes the branch: the paths converge on this new block ({@code joiningAction}); the flow goes on from it. */
    Joined joinAt(BlockSpec<?> join);

    /** Closes the branch without join ({@code joiningAction} absent): each path ends the run. */
    Unjoined withoutJoin();
  }

  /** A branch with its fallback path; only closing is left. */
  @CheckReturnValue
  public interface WithFallback {

    /** Closes the branch: the paths converge on this new block ({@code joiningAction}); the flow goes on from it. */
    Joined joinAt(BlockSpec<?> join);

    /** Closes the branch without join ({@code joiningAction} absent): each path ends the run. */
    Unjoined withoutJoin();
  }

  /** A closed branch whose paths converge on a join block; add it with {@code then(...)} to continue at the join. */
  public static final class Joined extends Closed {
    Joined(BranchDefinition definition) {
      super(definition);
    }
  }

  /** A closed branch whose paths end the run; adding it with {@code then(...)} ends the flow there. */
  public static final class Unjoined extends Closed {
    Unjoined(BranchDefinition definition) {
      super(definition);
    }
  }

  /** A closed branch, ready to add to a flow once. */
  abstract static class Closed {
    private final BranchDefinition definition;
    private boolean taken;

    Closed(BranchDefinition definition) {
      this.definition = definition;
    }

    BranchDefinition definition() {
      return definition;
    }

    BranchDefinition take() {
      if (taken) {
        throw new IllegalStateException("branch '" + definition.slug() + "' is already part of the flow");
      }
      taken = true;
      return definition;
    }
  }

  private static final class Stages implements Start, Paths, WithFallback {
    private final String slug;
    private final String name;
    private final List<PathDef> paths = new ArrayList<>();
    private final Map<String, JsonValue> customFields = new LinkedHashMap<>();
    private final Map<String, JsonValue> blockFields = new LinkedHashMap<>();
    private boolean itemTypes = true;

    Stages(String slug, String name) {
      this.slug = slug;
      this.name = name;
    }

    @Override
    public Paths when(String pathSlug, String pathName, Condition condition, Consumer<PathFlow> body) {
      Objects.requireNonNull(condition, "condition");
      paths.add(new PathDef(BlockSpec.requireSlug(pathSlug), Objects.requireNonNull(pathName, "name"),
          Optional.of(condition), Objects.requireNonNull(body, "body")));
      return this;
    }

    @Override
    public Start customField(String key, Object value) {
      if (customFields.putIfAbsent(Objects.requireNonNull(key, "key"), JsonValue.from(value)) != null) {
        throw new IllegalStateException("custom field '" + key + "' of branch '" + slug + "' is already set");
      }
      return this;
    }

    @Override
    public Start customBlockField(String key, Object value) {
      BlockSpec.putBlockField(blockFields, key, value, "branch '" + slug + "'");
      return this;
    }

    @Override
    public Start withoutItemTypes() {
      itemTypes = false;
      return this;
    }

    @Override
    public WithFallback otherwise(String pathSlug, String pathName, Consumer<PathFlow> body) {
      paths.add(new PathDef(BlockSpec.requireSlug(pathSlug), Objects.requireNonNull(pathName, "name"),
          Optional.empty(), Objects.requireNonNull(body, "body")));
      return this;
    }

    @Override
    public Joined joinAt(BlockSpec<?> join) {
      Objects.requireNonNull(join, "join");
      return new Joined(definition(Optional.of(join)));
    }

    @Override
    public Unjoined withoutJoin() {
      return new Unjoined(definition(Optional.empty()));
    }

    private BranchDefinition definition(Optional<BlockSpec<?>> join) {
      return new BranchDefinition(slug, name, List.copyOf(paths), join, new LinkedHashMap<>(customFields),
          new LinkedHashMap<>(blockFields), itemTypes);
    }
  }
}
