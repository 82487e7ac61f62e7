package dev.cortexflow.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Text mixing literal parts and references, rendered as Mustache: {@code template("Deployed {} to {}", version, env)}
 * gives {@code Deployed {{actions.choose.outputs.version}} to {{variables.environment}}}.
 *
 * <p>A template is a {@link CharSequence}, so it can be passed wherever a block factory takes text (url, payload,
 * message, response templates). It keeps the references it contains ({@link #refs()}). Immutable and thread-safe.
 */
public final class Template implements CharSequence {

  private final String text;
  private final List<Ref> refs;

  private Template(String text, List<Ref> refs) {
    this.text = text;
    this.refs = List.copyOf(refs);
  }

  static Template of(String pattern, boolean raw, HasRef... values) {
    Objects.requireNonNull(pattern, "pattern");
    StringBuilder sb = new StringBuilder(pattern.length() + 32 * values.length);
    List<Ref> refs = new ArrayList<>(values.length);
    int from = 0;
    int used = 0;
    int at;
    while ((at = pattern.indexOf("{}", from)) >= 0) {
      if (used == values.length) {
        throw new IllegalArgumentException(mismatch(pattern, values.length));
      }
      Ref ref = Objects.requireNonNull(values[used++], "value").ref();
      refs.add(ref);
      sb.append(pattern, from, at).append(raw ? ref.mustacheRaw() : ref.mustache());
      from = at + 2;
    }
    if (used != values.length) {
      throw new IllegalArgumentException(mismatch(pattern, values.length));
    }
    sb.append(pattern, from, pattern.length());
    return new Template(sb.toString(), refs);
  }

  private static String mismatch(String pattern, int given) {
    int holes = 0;
    for (int i = pattern.indexOf("{}"); i >= 0; i = pattern.indexOf("{}", i + 2)) {
      holes++;
    }
    return "template '" + pattern + "' has " + holes + " placeholders '{}' but " + given + " references were given";
  }

  /** The references in the order they appear. */
  public List<Ref> refs() {
    return refs;
  }

  /** The block slugs this template reads, in order of first appearance. */
  public List<String> blockSlugs() {
    return refs.stream().map(Ref::blockSlug).flatMap(Optional::stream).distinct().toList();
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Template other && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The rendered Mustache text. */
  @Override
  public String toString() {
    return text;
  }
}
