package dev.cortexflow.expr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text mixing literal parts and references, rendered as Mustache: {@code template("Deployed {} to {}", version, env)}
 * gives {@code Deployed {{actions.choose.outputs.version}} to {{variables.environment}}}.
 *
 * <p>The same placeholders fill JQ programs ({@link Expr#jqTemplate(String, HasRef...)}) and JavaScript
 * ({@link Expr#jsTemplate(String, HasRef...)}) with references in their syntax.
 *
 * <p>To write a literal {@code {}} (an empty JSON object, a jq {@code {}}), double its braces: {@code {{}}}.
 * {@code rawTemplate("{\"tags\": {{}}, \"id\": \"{}\"}", id)} gives
 * {@code {"tags": {}, "id": "{{{actions.x.outputs.id}}}"}}. Braces that are not {@code {}} ({@code {"a": 1}})
 * need no escaping.
 *
 * <p>JQ programs and scripts, full of the language's own braces, can name their references instead:
 * {@code jsTemplate("const o = {}; o.v = #{version}; return o;", Map.of("version", form.output("version")))}
 * fills each {@code #{name}} and leaves every brace alone ({@link Expr#jsTemplate(String, Map)},
 * {@link Expr#jqTemplate(String, Map)}).
 *
 * <p>A template is a {@link CharSequence}, so it can be passed wherever a block factory takes text (url, payload,
 * message, response templates, jq expressions, scripts). It keeps the references it contains ({@link #refs()}).
 * Immutable and thread-safe.
 */
public final class Template implements CharSequence {

  private static final String HOLE = "{}";
  private static final String ESCAPED = "{{}}";
  private static final Pattern NAMED = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_-]*)}");

  private final String text;
  private final List<Ref> refs;

  private Template(String text, List<Ref> refs) {
    this.text = text;
    this.refs = List.copyOf(refs);
  }

  /** A reference to render as unescaped Mustache inside an escaped template ({@link Expr#raw(HasRef)}). */
  record Raw(HasRef value) implements HasRef {
    @Override
    public Ref ref() {
      return value.ref();
    }
  }

  static Template of(String pattern, boolean raw, HasRef... values) {
    return of(pattern, raw ? Ref::mustacheRaw : Ref::mustache, true, values);
  }

  static Template of(String pattern, Function<Ref, String> render, HasRef... values) {
    return of(pattern, render, false, values);
  }

  /**
   * Fills each {@code {}} of the pattern with the next reference, rendered by {@code render} (a {@link Raw} one
   * as unescaped Mustache when {@code mustache}); {@code {{}}} stands for a literal {@code {}}.
   */
  private static Template of(String pattern, Function<Ref, String> render, boolean mustache, HasRef... values) {
    Objects.requireNonNull(pattern, "pattern");
    StringBuilder sb = new StringBuilder(pattern.length() + 32 * values.length);
    List<Ref> refs = new ArrayList<>(values.length);
    int used = 0;
    int i = 0;
    while (i < pattern.length()) {
      if (pattern.startsWith(ESCAPED, i)) {
        sb.append(HOLE);
        i += ESCAPED.length();
      } else if (pattern.startsWith(HOLE, i)) {
        if (used == values.length) {
          throw new IllegalArgumentException(mismatch(pattern, values.length));
        }
        HasRef value = Objects.requireNonNull(values[used++], "value");
        if (value instanceof Raw && !mustache) {
          throw new IllegalArgumentException("raw(" + value.ref().path() + ") marks a reference of a Mustache"
              + " template; jq, JavaScript and CEL have no unescaped form: pass the reference itself");
        }
        Ref ref = value.ref();
        refs.add(ref);
        sb.append(value instanceof Raw ? ref.mustacheRaw() : render.apply(ref));
        i += HOLE.length();
      } else {
        sb.append(pattern.charAt(i++));
      }
    }
    if (used != values.length) {
      throw new IllegalArgumentException(mismatch(pattern, values.length));
    }
    return new Template(sb.toString(), refs);
  }

  /**
   * Fills each {@code #{name}} of the pattern with the reference of that name, rendered by {@code render}; all
   * other text, braces included, is kept as it is. {@code what} names the template kind in messages.
   */
  static Template named(String pattern, Function<Ref, String> render, String what,
      Map<String, ? extends HasRef> values) {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(values, "values");
    StringBuilder sb = new StringBuilder(pattern.length() + 32 * values.size());
    List<Ref> refs = new ArrayList<>(values.size());
    Set<String> used = new LinkedHashSet<>();
    Matcher m = NAMED.matcher(pattern);
    int last = 0;
    while (m.find()) {
      String name = m.group(1);
      HasRef value = values.get(name);
      if (value == null) {
        throw new IllegalArgumentException(what + " '" + pattern + "' has the placeholder #{" + name
            + "}, but no reference of that name was given (given: " + names(values.keySet())
            + "): add \"" + name + "\" to the map or correct the placeholder");
      }
      if (value instanceof Raw) {
        throw new IllegalArgumentException("raw(" + value.ref().path() + ") marks a reference of a Mustache"
            + " template; jq, JavaScript and CEL have no unescaped form: pass the reference itself");
      }
      Ref ref = value.ref();
      refs.add(ref);
      used.add(name);
      sb.append(pattern, last, m.start()).append(render.apply(ref));
      last = m.end();
    }
    sb.append(pattern, last, pattern.length());
    Set<String> unused = new TreeSet<>(values.keySet());
    unused.removeAll(used);
    if (!unused.isEmpty()) {
      throw new IllegalArgumentException(what + " '" + pattern + "' has no placeholder for "
          + names(unused) + ": write #{" + unused.iterator().next() + "} where the reference belongs, or drop it");
    }
    return new Template(sb.toString(), refs);
  }

  private static String names(Set<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", new TreeSet<>(names));
  }

  /**
   * Escapes literal text for use in a pattern: every {@code {}} becomes {@code {{}}}, so
   * {@code template(escape(text))} renders {@code text}. Where escaped text meets a placeholder or other pattern
   * text, braces at the seam can pair up differently ({@code "{" + "{}" + "}"}); compare the rendering when that
   * matters.
   */
  public static String escape(String text) {
    return Objects.requireNonNull(text, "text").replace(HOLE, ESCAPED);
  }

  private static String mismatch(String pattern, int given) {
    int holes = 0;
    int i = 0;
    while (i < pattern.length()) {
      if (pattern.startsWith(ESCAPED, i)) {
        i += ESCAPED.length();
      } else if (pattern.startsWith(HOLE, i)) {
        holes++;
        i += HOLE.length();
      } else {
        i++;
      }
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

  /** The rendered text. */
  @Override
  public String toString() {
    return text;
  }
}
