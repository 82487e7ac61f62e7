package dev.cortexflow.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A typed reference to one value of a workflow run's state: a block output, a variable, a context value or the
 * callback URL. One reference renders correctly for every place it can be used:
 *
 * <pre class="compilable">{@code
 * Ref version = form.output("version");
 * version.mustache();  // {{actions.choose.outputs.version}}
 * version.jq();        // .actions."choose".outputs.version
 * version.cel();       // actions["choose"].outputs.version
 * version.js();        // actions["choose"].outputs.version
 * version.path();      // actions.choose.outputs.version
 * }</pre>
 *
 * <p>A block slug is always quoted in JQ and bracketed in CEL and JavaScript; every other key is quoted only when it
 * is not a plain identifier (for example {@code variables["github-owner"]}). A reference remembers the block whose
 * outputs it reads ({@link #blockSlug()}), so that the validator can check that the block runs before the reader.
 * References are immutable and thread-safe.
 */
public final class Ref implements HasRef {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final List<String> segments;
  // index of the segment that is a block slug (always quoted), or -1
  private final int slugIndex;
  // the workflow under construction whose handle made this reference, or null
  private final Origin origin;

  /**
   * The workflow under construction a reference was read from, through a block handle. A reference with an origin
   * asks it, each time it is rendered, whether it may be written where it is being written; a handle's origin
   * refuses to be rendered into the flow of another workflow being built.
   */
  public interface Origin {

    /**
     * Throws {@link IllegalStateException} naming the reference's block and both workflows when {@code ref} is
     * being rendered into another workflow's flow.
     */
    void check(Ref ref);
  }

  private Ref(List<String> segments, int slugIndex) {
    this(segments, slugIndex, null);
  }

  private Ref(List<String> segments, int slugIndex, Origin origin) {
    this.segments = segments;
    this.slugIndex = slugIndex;
    this.origin = origin;
  }

  /**
   * Returns this reference with an origin that checks every rendering (as block handles do); references read from
   * it with {@link #field(String)} keep the origin. Equality ignores the origin.
   */
  public Ref from(Origin origin) {
    return new Ref(segments, slugIndex, Objects.requireNonNull(origin, "origin"));
  }

  private void checked() {
    if (origin != null) {
      origin.check(this);
    }
  }

  static Ref of(int slugIndex, String... segments) {
    List<String> list = new ArrayList<>(segments.length);
    for (String segment : segments) {
      list.add(requireKey(segment));
    }
    return new Ref(Collections.unmodifiableList(list), slugIndex);
  }

  /** A reference to {@code actions.<slug>.outputs}, the outputs of the block with the given slug. */
  static Ref blockOutputs(String slug) {
    return of(1, "actions", slug, "outputs");
  }

  private static String requireKey(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty() || key.contains("{") || key.contains("}") || key.contains("\"")) {
      throw new IllegalArgumentException("key '" + key + "' is not valid: use a non-empty key without braces or quotes");
    }
    return key;
  }

  /**
   * Returns a reference to a member of this value: {@code form.output("owner").field("login")} reads
   * {@code actions.form.outputs.owner.login}.
   */
  public Ref field(String key) {
    List<String> list = new ArrayList<>(segments);
    list.add(requireKey(key));
    return new Ref(Collections.unmodifiableList(list), slugIndex, origin);
  }

  /** Returns this reference. */
  @Override
  public Ref ref() {
    return this;
  }

  /** The slug of the block whose outputs this reference reads, or empty when it reads no block. */
  public Optional<String> blockSlug() {
    return slugIndex < 0 ? Optional.empty() : Optional.of(segments.get(slugIndex));
  }

  /** The slug of the workflow variable this reference reads, or empty when it reads no variable. */
  public Optional<String> variableSlug() {
    return segments.size() >= 2 && segments.get(0).equals("variables")
        ? Optional.of(segments.get(1)) : Optional.empty();
  }

  /** The keys of the state path, in order ({@code [actions, choose, outputs, version]}). */
  public List<String> segments() {
    return segments;
  }

  /** The state path without a leading dot ({@code actions.choose.outputs.version}), as used by overrides. */
  public String path() {
    checked();
    return text();
  }

  private String text() {
    return String.join(".", segments);
  }

  /** The HTML-escaped Mustache tag ({@code {{actions.choose.outputs.version}}}). */
  public String mustache() {
    return "{{" + path() + "}}";
  }

  /** The unescaped Mustache tag ({@code {{{actions.choose.outputs.version}}}}), for JSON and URLs. */
  public String mustacheRaw() {
    return "{{{" + path() + "}}}";
  }

  /** The jq path ({@code .actions."choose".outputs.version}). */
  public String jq() {
    checked();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      String key = segments.get(i);
      sb.append('.');
      if (i == slugIndex || !IDENTIFIER.matcher(key).matches()) {
        sb.append('"').append(key).append('"');
      } else {
        sb.append(key);
      }
    }
    return sb.toString();
  }

  /** The CEL expression ({@code actions["choose"].outputs.version}), as used by branch conditions. */
  public String cel() {
    return bracketed();
  }

  /** The JavaScript expression ({@code actions["choose"].outputs.version}), as used by scripts. */
  public String js() {
    return bracketed();
  }

  private String bracketed() {
    checked();
    StringBuilder sb = new StringBuilder(segments.get(0));
    for (int i = 1; i < segments.size(); i++) {
      String key = segments.get(i);
      if (i == slugIndex || !IDENTIFIER.matcher(key).matches()) {
        sb.append("[\"").append(key).append("\"]");
      } else {
        sb.append('.').append(key);
      }
    }
    return sb.toString();
  }

  /** Returns the condition {@code this == value} (a string, number or boolean literal, or another reference). */
  public Condition eq(Object value) {
    return Cel.eq(this, value);
  }

  /** Returns the condition {@code this != value} (a string, number or boolean literal, or another reference). */
  public Condition ne(Object value) {
    return Cel.ne(this, value);
  }

  /** Returns the condition {@code this == true}. */
  public Condition isTrue() {
    return Cel.eq(this, true);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ref other && other.slugIndex == slugIndex && other.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode() * 31 + slugIndex;
  }

  /** The state path, as {@link #path()}. */
  @Override
  public String toString() {
    return text();
  }
}
