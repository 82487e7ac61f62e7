package dev.cortexflow.expr;

/**
 * Static entry point for references and templates; import it statically.
 *
 * <pre>{@code
 * import static dev.cortexflow.expr.Expr.*;
 *
 * template("Deploy {} by {}", context().entity().tag(), context().initiatedBy().email());
 * secret("cortex-api-key").mustacheRaw();   // {{{context.secrets.cortex-api-key}}}
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
  public static Ref secret(String tag) {
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
   * Text with a reference for each {@code {}}, rendered as HTML-escaped Mustache ({@code {{path}}}).
   *
   * @throws IllegalArgumentException when the number of {@code {}} and of references differ
   */
  public static Template template(String pattern, HasRef... values) {
    return Template.of(pattern, false, values);
  }

  /**
   * Text with a reference for each {@code {}}, rendered as unescaped Mustache ({@code {{{path}}}}), for JSON
   * payloads, URLs and headers.
   *
   * @throws IllegalArgumentException when the number of {@code {}} and of references differ
   */
  public static Template rawTemplate(String pattern, HasRef... values) {
    return Template.of(pattern, true, values);
  }
}
