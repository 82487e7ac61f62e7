package dev.cortexflow.expr;

import java.util.Map;

/**
 * Static entry point for references and templates; import it statically.
 *
 * <pre class="compilable">{@code
 * import static dev.cortexflow.expr.Expr.*;
 *
 * template("Deploy {} by {}", context().entity().tag(), context().initiatedBy().email());
 * secretRef("cortex-api-key").mustacheRaw();   // {{{context.secrets.cortex-api-key}}}
 * jqTemplate("{} | ascii_downcase", form.output("topic"));  // .actions."ask".outputs.topic | ascii_downcase
 * }</pre>
 *
 * <p>Block outputs are read from block handles ({@code form.output("version")}); variables from {@link Var}.
 * {@link #action(String)} and {@link #variable(String)} are escape hatches for state the DSL does not hold a
 * handle for.
 */
public final class Expr {

  private Expr() {}

  /** References into {@code context}. */
  public static Context context() {
    return Context.INSTANCE;
  }

  /** A workspace secret ({@code context.secrets.<tag>}). */
  public static Ref secretRef(String tag) {
    return Context.INSTANCE.secret(tag);
  }

  /** The callback URL of an async HTTP block ({@code callbackUrl}); use {@link Ref#mustacheRaw()} in JSON. */
  public static Ref callbackUrl() {
    return Ref.of(-1, "callbackUrl");
  }

  /**
   * The outputs of the block with the given slug ({@code actions.<slug>.outputs}); prefer a block handle's
   * {@code output(key)}, which cannot name a block that does not exist.
   */
  public static Ref action(String slug) {
    return Ref.blockOutputs(slug);
  }

  /** A variable by slug ({@code variables.<slug>}); prefer a declared {@link Var}. */
  public static Ref variable(String slug) {
    return Ref.of(-1, "variables", slug);
  }

  /**
   * Text with a reference for each {@code {}}, rendered as HTML-escaped Mustache ({@code {{path}}}); write
   * {@code {{}}} for a literal {@code {}}. For Mustache text such as {@code message}, {@code url} or
   * {@code runResponseTemplate}.
   *
   * @throws IllegalArgumentException when the number of {@code {}} and of references differ
   */
  public static Template template(String pattern, HasRef... values) {
    return Template.of(pattern, false, values);
  }

  /**
   * Marks one reference of a {@link #template(String, HasRef...)} to be rendered unescaped ({@code {{{path}}}}),
   * for text that mixes both kinds of tag: {@code template("{} at {}", env, raw(url))} gives
   * {@code {{variables.env}} at {{{actions.deploy.outputs.url}}}}. Only Mustache templates take it; jq, JavaScript
   * and CEL have no unescaped form.
   */
  public static HasRef raw(HasRef value) {
    return new Template.Raw(java.util.Objects.requireNonNull(value, "value"));
  }

  /**
   * Text with a reference for each {@code {}}, rendered as unescaped Mustache ({@code {{{path}}}}), for JSON
   * payloads, URLs and headers; write {@code {{}}} for a literal {@code {}}.
   *
   * @throws IllegalArgumentException when the number of {@code {}} and of references differ
   */
  public static Template rawTemplate(String pattern, HasRef... values) {
    return Template.of(pattern, true, values);
  }

  /**
   * A jq program with a reference for each {@code {}}, rendered as a jq path, for a {@code JQ} block's
   * {@code expression}: {@code jqTemplate("{} | ascii_downcase", form.output("topic"))} gives
   * {@code .actions."user-input".outputs.topic | ascii_downcase}. Write {@code {{}}} for a literal {@code {}}.
   *
   * @throws IllegalArgumentException when the number of {@code {}} and of references differ
   */
  public static Template jqTemplate(String pattern, HasRef... values) {
    return Template.of(pattern, Ref::jq, values);
  }

  /**
   * JavaScript with a reference for each {@code {}}, rendered as a script expression
   * ({@code actions["user-input"].outputs.topic}), for a {@code JAVASCRIPT} block's {@code script} or a
   * {@code SET_VARIABLES} script. Write {@code {{}}} for a literal {@code {}} ({@code return {{}};}).
   *
   * @throws IllegalArgumentException when the number of {@code {}} and of references differ
   */
  public static Template jsTemplate(String pattern, HasRef... values) {
    return Template.of(pattern, Ref::js, values);
  }

  /**
   * A jq program with named references, for a {@code JQ} block's {@code expression}: each {@code #{name}} is the
   * jq path of the reference of that name, and every other character, braces included, stays as written.
   * {@code jqTemplate("{topic: #{topic}, tags: []}", Map.of("topic", form.output("topic")))} gives
   * {@code {topic: .actions."ask".outputs.topic, tags: []}}.
   *
   * @throws IllegalArgumentException when a placeholder names no given reference, or a reference has no placeholder
   */
  public static Template jqTemplate(String pattern, Map<String, ? extends HasRef> values) {
    return Template.named(pattern, Ref::jq, "jq template", values);
  }

  /**
   * JavaScript with named references, for a {@code JAVASCRIPT} block's {@code script} or a {@code SET_VARIABLES}
   * script: each {@code #{name}} is the script expression of the reference of that name, and every other
   * character, braces included, stays as written.
   * {@code jsTemplate("const o = {}; o.v = #{version}; return o;", Map.of("version", form.output("version")))}
   * gives {@code const o = {}; o.v = actions["ask"].outputs.version; return o;}.
   *
   * @throws IllegalArgumentException when a placeholder names no given reference, or a reference has no placeholder
   */
  public static Template jsTemplate(String pattern, Map<String, ? extends HasRef> values) {
    return Template.named(pattern, Ref::js, "script template", values);
  }
}
