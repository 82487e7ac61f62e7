package dev.cortexflow.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.samskivert.mustache.DefaultCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mustache for every templated field, through jmustache over the run state: {@code {{path}}} is HTML-escaped,
 * {@code {{{path}}}} and {@code {{&path}}} are raw, {@code {{#list}}…{{/list}}} iterates, dotted names with hyphens
 * resolve ({@code {{actions.get-user.outputs.body}}}), a missing name renders as nothing, and an object or array
 * renders as its JSON. Each template is compiled once. Thread-safe.
 */
public final class MustacheRenderer {
  private static final Mustache.VariableFetcher JSON_FETCHER = (context, name) -> {
    JsonNode node = (JsonNode) context;
    JsonNode value;
    if (node.isObject()) {
      value = node.get(name);
    } else if (node.isArray() && name.matches("\\d{1,9}")) {
      value = node.get(Integer.parseInt(name));
    } else {
      value = null;
    }
    return value == null ? Template.NO_FETCHER_FOUND : leaf(value);
  };

  private final Mustache.Compiler compiler = Mustache.compiler()
      .defaultValue("")
      .emptyStringIsFalse(true)
      .zeroIsFalse(true)
      .withFormatter(MustacheRenderer::format)
      .withCollector(new DefaultCollector() {
        @Override
        public Mustache.VariableFetcher createFetcher(Object context, String name) {
          return context instanceof JsonNode ? JSON_FETCHER : super.createFetcher(context, name);
        }

        @Override
        public Iterator<?> toIterator(Object value) {
          if (value instanceof JsonNode node) {
            if (!node.isArray()) {
              return null;
            }
            List<Object> items = new ArrayList<>(node.size());
            node.forEach(item -> items.add(leaf(item)));
            return items.iterator();
          }
          return super.toIterator(value);
        }
      });
  private final Map<String, Compiled> templates = new ConcurrentHashMap<>();

  /** The number of distinct expressions compiled so far. */
  public int compiled() {
    return templates.size();
  }

  private record Compiled(Template template, String error) {}

  /**
   * {@code text} rendered over {@code state}; text without {@code {{} is returned as it is.
   *
   * @throws EvaluationException when the template does not parse
   */
  public String render(String text, JsonNode state) throws EvaluationException {
    if (text.indexOf("{{") < 0) {
      return text;
    }
    Compiled compiled = templates.computeIfAbsent(text, this::compile);
    if (compiled.error() != null) {
      throw new EvaluationException(compiled.error());
    }
    try {
      return compiled.template().execute(state);
    } catch (RuntimeException e) {
      throw new EvaluationException("template does not render: " + JqEvaluator.oneLine(e.getMessage()));
    }
  }

  private Compiled compile(String text) {
    try {
      return new Compiled(compiler.compile(text), null);
    } catch (RuntimeException e) {
      return new Compiled(null, "template does not parse: " + JqEvaluator.oneLine(e.getMessage()));
    }
  }

  private static Object leaf(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.isIntegralNumber() ? value.bigIntegerValue() : value.decimalValue();
    }
    if (value.isNull()) {
      return null;
    }
    return value;
  }

  private static CharSequence format(Object value) {
    if (value instanceof JsonNode node) {
      return Json.text(node);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return String.valueOf(value);
  }
}
