package dev.cortexflow.engine;

import dev.cortexflow.model.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a local run starts from and everything the other side answers: the run's {@code context}
 * (entity, initiatedBy, initialContext, secrets, workflowRunId), the values entered in USER_INPUT and SCAFFOLDER
 * blocks, MANUAL_APPROVAL decisions and the {@link Answer} of each outbound block, by block slug. Immutable; build
 * with {@link #builder()}.
 */
public final class RunInput {
  /** {@code context.initiatedBy} when none is given. */
  public static final JsonValue DEFAULT_INITIATED_BY =
      JsonValue.object("email", "runner@example.com", "name", "Local Runner");
  /** {@code context.workflowRunId} when none is given. */
  public static final String DEFAULT_RUN_ID = "local-run-1";
  /** {@code context.initiatedAtIso8601Timestamp} when none is given, so that runs are reproducible. */
  public static final Instant DEFAULT_STARTED_AT = Instant.parse("2026-01-01T00:00:00Z");
  /** Where {@code callbackUrl} points when no base is given. */
  public static final String DEFAULT_CALLBACK_BASE = "https://api.getcortexapp.com";

  private final Optional<JsonValue> entity;
  private final JsonValue initiatedBy;
  private final Map<String, JsonValue> initialContext;
  private final Map<String, String> secrets;
  private final Map<String, Map<String, JsonValue>> inputs;
  private final Map<String, Boolean> approvals;
  private final Map<String, Answer> answers;
  private final Map<String, URI> localHttp;
  private final String workflowRunId;
  private final Instant startedAt;
  private final String callbackBase;
  private final Optional<String> workflowId;
  private final boolean defaultAnswers;

  private RunInput(Builder b) {
    this.entity = b.entity;
    this.initiatedBy = b.initiatedBy;
    this.initialContext = ordered(b.initialContext);
    this.secrets = ordered(b.secrets);
    Map<String, Map<String, JsonValue>> copy = new LinkedHashMap<>();
    b.inputs.forEach((slug, values) -> copy.put(slug, ordered(values)));
    this.inputs = ordered(copy);
    this.approvals = ordered(b.approvals);
    this.answers = ordered(b.answers);
    this.localHttp = ordered(b.localHttp);
    this.workflowRunId = b.workflowRunId;
    this.startedAt = b.startedAt;
    this.callbackBase = b.callbackBase;
    this.workflowId = b.workflowId;
    this.defaultAnswers = b.defaultAnswers;
  }

  /** An unmodifiable copy that keeps the order things were given in, so that runs are reproducible. */
  private static <K, V> Map<K, V> ordered(Map<K, V> map) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** A run with nothing given: every block that needs an answer fails, naming what to add. */
  public static RunInput empty() {
    return builder().build();
  }

  /** A builder with nothing given and the defaults above. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code context.entity}, for ENTITY workflows. */
  public Optional<JsonValue> entity() {
    return entity;
  }

  /** {@code context.initiatedBy}. */
  public JsonValue initiatedBy() {
    return initiatedBy;
  }

  /** {@code context.initialContext}; keys that name a declared variable also set it. */
  public Map<String, JsonValue> initialContext() {
    return initialContext;
  }

  /** {@code context.secrets}, by secret tag. */
  public Map<String, String> secrets() {
    return secrets;
  }

  /** Values entered in USER_INPUT and SCAFFOLDER blocks, by block slug, then by input key. */
  public Map<String, Map<String, JsonValue>> inputs() {
    return inputs;
  }

  /** MANUAL_APPROVAL decisions by block slug: true approves, false rejects. */
  public Map<String, Boolean> approvals() {
    return approvals;
  }

  /** What the other side answers, by block slug. */
  public Map<String, Answer> answers() {
    return answers;
  }

  /** HTTP blocks whose request is really sent, to a loopback URL, by block slug. */
  public Map<String, URI> localHttp() {
    return localHttp;
  }

  /** {@code context.workflowRunId}. */
  public String workflowRunId() {
    return workflowRunId;
  }

  /** {@code context.initiatedAtIso8601Timestamp}. */
  public Instant startedAt() {
    return startedAt;
  }

  /** The base of {@code callbackUrl}. */
  public String callbackBase() {
    return callbackBase;
  }

  /** The workflow's id in {@code callbackUrl} (Cortex puts its cid there); the tag when none is given. */
  public Optional<String> workflowId() {
    return workflowId;
  }

  /**
   * Whether blocks without an answer get the default one (HTTP 200 with {@code {}}, a SUCCESS callback with
   * {@code {}}, integration outputs {@code {}}, approvals approved, inputs from their defaults) instead of failing.
   */
  public boolean defaultAnswers() {
    return defaultAnswers;
  }

  /** Builds a {@link RunInput}. */
  public static final class Builder {
    private Optional<JsonValue> entity = Optional.empty();
    private JsonValue initiatedBy = DEFAULT_INITIATED_BY;
    private final Map<String, JsonValue> initialContext = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Map<String, Map<String, JsonValue>> inputs = new LinkedHashMap<>();
    private final Map<String, Boolean> approvals = new LinkedHashMap<>();
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Map<String, URI> localHttp = new LinkedHashMap<>();
    private String workflowRunId = DEFAULT_RUN_ID;
    private Instant startedAt = DEFAULT_STARTED_AT;
    private String callbackBase = DEFAULT_CALLBACK_BASE;
    private Optional<String> workflowId = Optional.empty();
    private boolean defaultAnswers;

    private Builder() {}

    /** Sets {@code context.entity} (an object with {@code tag}, {@code name}, {@code descriptor}, …). */
    public Builder entity(Object entity) {
      this.entity = Optional.of(JsonValue.from(entity));
      return this;
    }

    /** Sets {@code context.initiatedBy} ({@code email}, {@code name}, …). */
    public Builder initiatedBy(Object initiatedBy) {
      this.initiatedBy = JsonValue.from(initiatedBy);
      return this;
    }

    /** Adds a key of {@code context.initialContext}. */
    public Builder initialContext(String key, Object value) {
      initialContext.put(Objects.requireNonNull(key, "key"), JsonValue.from(value));
      return this;
    }

    /** Adds {@code context.secrets.<tag>}. */
    public Builder secret(String tag, String value) {
      secrets.put(Objects.requireNonNull(tag, "tag"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Adds the value of input {@code key} entered in USER_INPUT or SCAFFOLDER block {@code slug}. */
    public Builder input(String slug, String key, Object value) {
      inputs.computeIfAbsent(slug, s -> new LinkedHashMap<>()).put(key, JsonValue.from(value));
      return this;
    }

    /** Approves ({@code true}) or rejects MANUAL_APPROVAL block {@code slug}. */
    public Builder approval(String slug, boolean approved) {
      approvals.put(Objects.requireNonNull(slug, "slug"), approved);
      return this;
    }

    /** What the other side answers to block {@code slug}. */
    public Builder answer(String slug, Answer answer) {
      answers.put(Objects.requireNonNull(slug, "slug"), Objects.requireNonNull(answer, "answer"));
      return this;
    }

    /**
     * Sends HTTP block {@code slug}'s request for real, to {@code url} (its path and query are kept from the
     * block's URL when {@code url} has none); only loopback hosts are allowed.
     */
    public Builder sendHttpTo(String slug, URI url) {
      localHttp.put(Objects.requireNonNull(slug, "slug"), Objects.requireNonNull(url, "url"));
      return this;
    }

    /** Sets {@code context.workflowRunId}. */
    public Builder workflowRunId(String id) {
      this.workflowRunId = Objects.requireNonNull(id, "id");
      return this;
    }

    /** Sets {@code context.initiatedAtIso8601Timestamp}. */
    public Builder startedAt(Instant instant) {
      this.startedAt = Objects.requireNonNull(instant, "instant");
      return this;
    }

    /** Sets the base URL of {@code callbackUrl}. */
    public Builder callbackBase(String base) {
      this.callbackBase = Objects.requireNonNull(base, "base");
      return this;
    }

    /** Sets the workflow id that {@code callbackUrl} names, as {@code <base>/api/v1/workflows/<id>/callback/<callbackId>}. */
    public Builder workflowId(String id) {
      this.workflowId = Optional.of(Objects.requireNonNull(id, "id"));
      return this;
    }

    /** Gives blocks without an answer the default one (see {@link RunInput#defaultAnswers()}). */
    public Builder defaultAnswers(boolean enabled) {
      this.defaultAnswers = enabled;
      return this;
    }

    /** The input as given so far. */
    public RunInput build() {
      return new RunInput(this);
    }
  }
}
