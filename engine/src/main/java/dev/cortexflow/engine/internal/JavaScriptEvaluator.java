package dev.cortexflow.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.json.JsonParser;

/**
 * Scripts (JAVASCRIPT blocks, JAVASCRIPT variable sources, {@code jsValidatorScript}) through Rhino in ECMAScript
 * mode. A script is a function body: it reads {@code actions}, {@code variables}, {@code context} (and
 * {@code inputs} in a validator) and {@code return}s a value. Scripts see only the standard objects — no Java
 * classes — and a script that runs more than {@value #INSTRUCTION_LIMIT} instructions is stopped. Each script is
 * compiled once. Thread-safe.
 */
public final class JavaScriptEvaluator {
  static final long INSTRUCTION_LIMIT = 5_000_000L;
  private static final String BUDGET = "cortexflow.instructions";
  private static final String[] PARAMETERS = {"actions", "variables", "context", "inputs"};

  private final ContextFactory factory = new ContextFactory() {
    @Override
    protected Context makeContext() {
      Context cx = super.makeContext();
      cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
      cx.setInterpretedMode(true);
      cx.setInstructionObserverThreshold(100_000);
      return cx;
    }

    @Override
    protected void observeInstructionCount(Context cx, int instructionCount) {
      long[] used = (long[]) cx.getThreadLocal(BUDGET);
      if (used != null && (used[0] += instructionCount) > INSTRUCTION_LIMIT) {
        throw new ScriptTooLong();
      }
    }
  };
  private final ScriptableObject shared;
  private final Map<String, Compiled> scripts = new ConcurrentHashMap<>();

  /** The number of distinct expressions compiled so far. */
  public int compiled() {
    return scripts.size();
  }

  private record Compiled(Script script, String error) {}

  private static final class ScriptTooLong extends Error {
    ScriptTooLong() {
      super("script stopped after " + INSTRUCTION_LIMIT + " instructions (a loop that never ends?)", null, false,
          false);
    }
  }

  public JavaScriptEvaluator() {
    Context cx = factory.enterContext();
    try {
      shared = cx.initSafeStandardObjects(null, true);
    } finally {
      Context.exit();
    }
  }

  /**
   * Runs {@code script} with the given globals; the JSON of what it returns, or {@code null} when it returns
   * nothing ({@code undefined}).
   *
   * @throws EvaluationException when it does not compile or throws, with the script's line
   */
  public JsonNode evaluate(String script, JsonNode actions, JsonNode variables, JsonNode context, JsonNode inputs)
      throws EvaluationException {
    Compiled compiled = scripts.computeIfAbsent(script, this::compile);
    if (compiled.error() != null) {
      throw new EvaluationException(compiled.error());
    }
    Context cx = factory.enterContext();
    try {
      cx.putThreadLocal(BUDGET, new long[1]);
      Scriptable scope = cx.newObject(shared);
      scope.setPrototype(shared);
      scope.setParentScope(null);
      Function function = (Function) compiled.script().exec(cx, scope, scope);
      Object[] args = {
        toJs(cx, scope, actions), toJs(cx, scope, variables), toJs(cx, scope, context), toJs(cx, scope, inputs)
      };
      Object result = function.call(cx, scope, scope, args);
      if (result == null || result instanceof Undefined) {
        return null;
      }
      Object json = NativeJSON.stringify(cx, scope, result, null, null);
      if (!(json instanceof CharSequence text)) {
        return null;
      }
      return Json.parse(text.toString()).orElse(null);
    } catch (RhinoException e) {
      throw new EvaluationException("script fails" + line(e) + ": " + JqEvaluator.oneLine(e.details()));
    } catch (ScriptTooLong e) {
      throw new EvaluationException(e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      throw new EvaluationException("script fails: " + e.getClass().getSimpleName() + ": "
          + JqEvaluator.oneLine(e.getMessage()));
    } finally {
      Context.exit();
    }
  }

  private static Object toJs(Context cx, Scriptable scope, JsonNode value) {
    if (value == null) {
      return Undefined.instance;
    }
    try {
      return new JsonParser(cx, scope).parseValue(Json.text(value));
    } catch (JsonParser.ParseException e) {
      throw new IllegalStateException("run state is not JSON", e);
    }
  }

  private static String line(RhinoException e) {
    // the script starts on the second line of its wrapping function
    return e.lineNumber() > 1 ? " at line " + (e.lineNumber() - 1) : "";
  }

  private Compiled compile(String script) {
    String wrapped = "(function (" + String.join(", ", PARAMETERS) + ") {\n" + script + "\n})";
    Context cx = factory.enterContext();
    try {
      return new Compiled(cx.compileString(wrapped, "script", 1, null), null);
    } catch (RhinoException e) {
      return new Compiled(null, "script does not compile" + line(e) + ": " + JqEvaluator.oneLine(e.details())
          + " (Rhino runs ECMAScript 2015+ without classes, async/await or object rest; see the README)");
    } finally {
      Context.exit();
    }
  }
}
