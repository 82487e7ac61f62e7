package dev.cortexflow.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Branch conditions through CEL-Java: {@code actions}, {@code variables} and {@code context} are dynamic values, so
 * the bracket access Cortex files use ({@code variables["repo-name"] == ""}) works as written; numbers compare
 * across int and double. Each expression is compiled once. Thread-safe.
 */
public final class CelEvaluator {
  private static final CelOptions OPTIONS =
      CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
  private static final MapType STATE_MAP = MapType.create(SimpleType.STRING, SimpleType.DYN);
  private final CelCompiler compiler = CelCompilerFactory.standardCelCompilerBuilder()
      .setOptions(OPTIONS)
      // maps of dyn rather than dyn: CEL-Java picks the string overload of size() on an index into a bare dyn
      .addVar("actions", STATE_MAP)
      .addVar("variables", STATE_MAP)
      .addVar("context", STATE_MAP)
      .build();
  private final CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();
  private final Map<String, Compiled> programs = new ConcurrentHashMap<>();

  /** The number of distinct expressions compiled so far. */
  public int compiled() {
    return programs.size();
  }

  private record Compiled(CelRuntime.Program program, String error) {}

  /**
   * Whether {@code expression} is true over {@code state} (an object with {@code actions}, {@code variables} and
   * {@code context}).
   *
   * @throws EvaluationException when it does not compile, fails, or gives something other than a boolean
   */
  public boolean isTrue(String expression, JsonNode state) throws EvaluationException {
    Compiled compiled = programs.computeIfAbsent(expression, this::compile);
    if (compiled.error() != null) {
      throw new EvaluationException(compiled.error());
    }
    Map<String, Object> activation = new LinkedHashMap<>();
    activation.put("actions", toCel(state.path("actions")));
    activation.put("variables", toCel(state.path("variables")));
    activation.put("context", toCel(state.path("context")));
    Object result;
    try {
      result = compiled.program().eval(activation);
    } catch (CelEvaluationException | RuntimeException e) {
      throw new EvaluationException("CEL expression '" + expression + "' fails: "
          + JqEvaluator.oneLine(e.getMessage()));
    }
    if (result instanceof Boolean b) {
      return b;
    }
    throw new EvaluationException("CEL expression '" + expression + "' gives " + result
        + ", not a boolean");
  }

  private Compiled compile(String expression) {
    try {
      return new Compiled(runtime.createProgram(compiler.compile(expression).getAst()), null);
    } catch (CelValidationException | CelEvaluationException | RuntimeException e) {
      return new Compiled(null, "CEL expression '" + expression + "' does not compile: "
          + JqEvaluator.oneLine(e.getMessage()));
    }
  }

  /** JSON as CEL values: maps, lists, strings, booleans, int64 or double, and CEL's null. */
  static Object toCel(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return dev.cel.common.values.NullValue.NULL_VALUE;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      java.math.BigDecimal decimal = node.decimalValue();
      if (decimal.stripTrailingZeros().scale() <= 0) {
        try {
          return decimal.longValueExact();
        } catch (ArithmeticException tooBig) {
          return decimal.doubleValue();
        }
      }
      return decimal.doubleValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(n -> list.add(toCel(n)));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      map.put(field.getKey(), toCel(field.getValue()));
    }
    return map;
  }
}
