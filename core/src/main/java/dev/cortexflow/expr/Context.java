package dev.cortexflow.expr;

/**
 * References into {@code context}, the immutable part of run state set when a run starts: who started it, the
 * entity it runs on, secrets and the initial context of the Runs API. Obtain it with {@link Expr#context()}.
 *
 * <pre class="compilable">{@code
 * context().initiatedBy().email().mustache();   // {{context.initiatedBy.email}}
 * context().entity().tag().jq();                // .context.entity.tag
 * }</pre>
 */
public final class Context {

  static final Context INSTANCE = new Context();

  private Context() {}

  /** The user who started the run ({@code context.initiatedBy}). */
  public InitiatedBy initiatedBy() {
    return InitiatedBy.INSTANCE;
  }

  /** The entity the run works on ({@code context.entity}); only set in entity-scoped workflows. */
  public Entity entity() {
    return Entity.INSTANCE;
  }

  /** The run id ({@code context.workflowRunId}). */
  public Ref workflowRunId() {
    return Ref.of(-1, "context", "workflowRunId");
  }

  /** When the run started ({@code context.initiatedAtIso8601Timestamp}). */
  public Ref initiatedAt() {
    return Ref.of(-1, "context", "initiatedAtIso8601Timestamp");
  }

  /** A workspace secret ({@code context.secrets.<tag>}); masked in the UI. */
  public Ref secret(String tag) {
    return Ref.of(-1, "context", "secrets", tag);
  }

  /** The whole object passed to the Runs API ({@code context.initialContext}). */
  public Ref initialContext() {
    return Ref.of(-1, "context", "initialContext");
  }

  /** One key of the object passed to the Runs API ({@code context.initialContext.<key>}). */
  public Ref initialContext(String key) {
    return initialContext().field(key);
  }

  /** References to {@code context.initiatedBy}. */
  public static final class InitiatedBy {
    static final InitiatedBy INSTANCE = new InitiatedBy();

    private InitiatedBy() {}

    /** The runner's name ({@code context.initiatedBy.name}). */
    public Ref name() {
      return Ref.of(-1, "context", "initiatedBy", "name");
    }

    /** The runner's email ({@code context.initiatedBy.email}). */
    public Ref email() {
      return Ref.of(-1, "context", "initiatedBy", "email");
    }

    /** The runner's login in an integration ({@code context.initiatedBy.identityMappings.<integration>}). */
    public Ref identityMapping(String integration) {
      return Ref.of(-1, "context", "initiatedBy", "identityMappings", integration);
    }
  }

  /** References to {@code context.entity}. */
  public static final class Entity {
    static final Entity INSTANCE = new Entity();

    private Entity() {}

    /** The entity tag ({@code context.entity.tag}). */
    public Ref tag() {
      return Ref.of(-1, "context", "entity", "tag");
    }

    /** The entity name ({@code context.entity.name}). */
    public Ref name() {
      return Ref.of(-1, "context", "entity", "name");
    }

    /** The entity id ({@code context.entity.id}). */
    public Ref id() {
      return Ref.of(-1, "context", "entity", "id");
    }

    /** A value of the entity descriptor ({@code context.entity.descriptor.<path…>}), e.g. {@code "info", "title"}. */
    public Ref descriptor(String... path) {
      Ref ref = Ref.of(-1, "context", "entity", "descriptor");
      for (String key : path) {
        ref = ref.field(key);
      }
      return ref;
    }
  }
}
