package dev.cortexflow.engine.internal;

/** The evaluators one engine shares between its runs, each with its cache of compiled expressions. */
public final class Evaluators {
  final JqEvaluator jq = new JqEvaluator();
  final CelEvaluator cel = new CelEvaluator();
  final JavaScriptEvaluator javaScript = new JavaScriptEvaluator();
  final MustacheRenderer mustache = new MustacheRenderer();

  /** How many jq programs, CEL conditions, scripts and templates this engine has compiled. */
  public int compiled() {
    return jq.compiled() + cel.compiled() + javaScript.compiled() + mustache.compiled();
  }
}
