package dev.cortexflow.dsl;

import dev.cortexflow.expr.Expr;
import dev.cortexflow.expr.HasRef;
import dev.cortexflow.expr.Ref;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.BlockSchema;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A block to add to a flow: its slug ({@code slug}), display name ({@code name}) and type-specific settings
 * ({@code schema}). Create one with a factory of {@link Blocks} and pass it to {@code then(...)}:
 *
 * <pre class="compilable">{@code
 * BlockRef notify = approval.then(slack("notify", "Notify", "deploys", "Deployed"));
 * }</pre>
 *
 * <p>A spec can be read before or after it joins the flow, e.g. in a response template set after the flow:
 * {@code choose.output("version")} reads {@code actions.choose.outputs.version}.
 *
 * <p>Specs are single-use builders and not thread-safe; the settings are read when the spec is added to a flow,
 * so configure a spec before passing it: once it is in a flow, every setter throws
 * {@link IllegalStateException} naming the block and its workflow, so that no setting is lost silently. Setting a
 * scalar twice throws {@link IllegalStateException}.
 *
 * @param <S> the concrete spec type, returned by the fluent setters
 */
public abstract class BlockSpec<S extends BlockSpec<S>> implements HasRef {

  private static final Set<String> DSL_BLOCK_KEYS =
      Set.of("name", "slug", "schema", "outgoingActions", "isRootAction");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String slug;
  private final String name;
  private final Map<String, JsonValue> customFields = new LinkedHashMap<>();
  private final Map<String, JsonValue> blockFields = new LinkedHashMap<>();
  private final Set<String> assigned = new HashSet<>();
  // the tag of the workflow whose flow holds this block, once added
  private String addedTo;

  BlockSpec(String slug, String name) {
    this.slug = requireSlug(slug);
    this.name = Objects.requireNonNull(name, "name");
  }

  static String requireSlug(String slug) {
    Objects.requireNonNull(slug, "slug");
    if (!SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("slug '" + slug + "' is not valid: use [a-z0-9-]");
    }
    return slug;
  }

  /** The block slug ({@code slug}). */
  public final String slug() {
    return slug;
  }

  /** The block's display name ({@code name}). */
  public final String name() {
    return name;
  }

  /** The block's outputs ({@code actions.<slug>.outputs}). */
  @Override
  public final Ref ref() {
    return Expr.action(slug);
  }

  /** One output of the block ({@code actions.<slug>.outputs.<key>}). */
  public final Ref output(String key) {
    return ref().field(key);
  }

  /**
   * Sets a key of {@code schema} that the typed setters do not cover (a field Cortex added later); the value is
   * plain Java data (String, Boolean, Number, List, Map) or a {@link JsonValue}.
   *
   * @throws IllegalStateException when the key is already set
   */
  public final S customField(String key, Object value) {
    Objects.requireNonNull(key, "key");
    self();
    if (customFields.putIfAbsent(key, JsonValue.from(value)) != null) {
      throw new IllegalStateException("custom field '" + key + "' of block '" + slug + "' is already set");
    }
    return self();
  }

  /**
   * Sets a key on the block itself, next to {@code slug} and {@code schema} rather than inside {@code schema}
   * (an entry of {@code actions} with a key Cortex added later); the value is plain Java data or a
   * {@link JsonValue}.
   *
   * @throws IllegalArgumentException when the key is one the DSL sets ({@code name}, {@code slug},
   *     {@code schema}, {@code outgoingActions}, {@code isRootAction})
   * @throws IllegalStateException when the key is already set
   */
  public final S customBlockField(String key, Object value) {
    self();
    putBlockField(blockFields, key, value, "block '" + slug + "'");
    return self();
  }

  static void putBlockField(Map<String, JsonValue> fields, String key, Object value, String owner) {
    Objects.requireNonNull(key, "key");
    if (DSL_BLOCK_KEYS.contains(key)) {
      throw new IllegalArgumentException("block field '" + key + "' of " + owner
          + " is set by the DSL: use a key of your own");
    }
    if (fields.putIfAbsent(key, JsonValue.from(value)) != null) {
      throw new IllegalStateException("block field '" + key + "' of " + owner + " is already set");
    }
  }

  final Map<String, JsonValue> blockFields() {
    return blockFields;
  }

  /** This spec, for the fluent setters; throws once the spec is in a flow, whose block would not change. */
  @SuppressWarnings("unchecked")
  final S self() {
    if (addedTo != null) {
      throw new IllegalStateException("block '" + slug + "' is already in the flow of workflow '" + addedTo
          + "': configure a block before passing it to then(...) or startWith(...)");
    }
    return (S) this;
  }

  /** Reads the schema as the spec joins the flow of workflow {@code tag}; the spec accepts no setter after. */
  final BlockSchema addTo(String tag) {
    BlockSchema schema = toSchema();
    addedTo = tag;
    return schema;
  }

  /** Marks a scalar setting as set; a second call for the same key throws. */
  final S once(String key) {
    self();
    if (!assigned.add(key)) {
      throw new IllegalStateException(key + " of block '" + slug + "' is already set");
    }
    return self();
  }

  /** Marks a scalar setting as set and returns its text; a second call for the same key throws. */
  final String set(String key, CharSequence value) {
    Objects.requireNonNull(value, key);
    once(key);
    return value.toString();
  }

  final Map<String, JsonValue> customFields() {
    return customFields;
  }

  /** Builds the model schema, custom fields included. */
  abstract BlockSchema toSchema();
}
