package dev.cortexflow.cli.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The initial context of a run, typed by the workflow's variables: {@code --input count=3} is the number 3 when
 * {@code count} is a NUMBER variable, {@code --input dry=true} a boolean for a BOOLEAN one, and a list or object
 * variable takes JSON; {@code --input-json NAME=JSON} gives JSON for any entry. A key that names no variable is
 * sent as a string ({@code --input}) or as its JSON ({@code --input-json}). A value that does not fit the
 * variable's type is a usage error naming the input and the type.
 */
public final class RunInputs {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private RunInputs() {}

  /**
   * Fails (exit 2) on an entry that is not KEY=VALUE, or whose {@code --input-json} value is not JSON: what can be
   * told before the workflow is read from the server.
   */
  public static void requireWellFormed(List<String> inputs, List<String> jsonInputs) {
    inputs.forEach(input -> Entry.of("--input", input, "environment=prod"));
    jsonInputs.forEach(input -> parse(Entry.of("--input-json", input, "'replicas=3'")));
  }

  /**
   * The run's {@code initialContext}: the entries of {@code inputs} ({@code --input}, KEY=VALUE), then those of
   * {@code jsonInputs} ({@code --input-json}, KEY=JSON), in the order given, typed by {@code workflow}'s variables.
   */
  public static Map<String, Object> typed(Workflow workflow, List<String> inputs, List<String> jsonInputs) {
    Map<String, Object> context = new LinkedHashMap<>();
    for (String input : inputs) {
      Entry entry = Entry.of("--input", input, "environment=prod");
      Optional<VariableType> type = typeOf(workflow, entry.key());
      context.put(entry.key(), type.isPresent() ? fromText(entry, type.get(), workflow) : entry.value());
    }
    for (String input : jsonInputs) {
      Entry entry = Entry.of("--input-json", input, "'replicas=3'");
      Object value = parse(entry);
      typeOf(workflow, entry.key()).ifPresent(type -> requireFits(entry, value, type, workflow));
      context.put(entry.key(), value);
    }
    return context;
  }

  /** Splits {@code KEY=VALUE}; a missing {@code =} or key is a usage error showing how to write it. */
  private record Entry(String option, String key, String value) {
    static Entry of(String option, String input, String example) {
      int equals = input.indexOf('=');
      if (equals <= 0) {
        throw CliException.usage(option + " '" + input + "' is not KEY=" + (option.equals("--input") ? "VALUE"
            : "JSON") + ": write it as e.g. " + option + " " + example);
      }
      return new Entry(option, input.substring(0, equals), input.substring(equals + 1));
    }

    @Override
    public String toString() {
      return option + " " + key + "=" + value;
    }
  }

  private static Optional<VariableType> typeOf(Workflow workflow, String key) {
    return workflow.variables().stream().filter(v -> v.slug().equals(key)).map(Variable::type)
        .filter(VariableType::isKnown).findFirst();
  }

  private static Object fromText(Entry entry, VariableType type, Workflow workflow) {
    if (type.equals(VariableType.STRING)) {
      return entry.value();
    }
    if (type.equals(VariableType.NUMBER)) {
      try {
        return new BigDecimal(entry.value().strip());
      } catch (NumberFormatException e) {
        throw misfit(entry, type, workflow);
      }
    }
    if (type.equals(VariableType.BOOLEAN)) {
      if (entry.value().equals("true") || entry.value().equals("false")) {
        return Boolean.valueOf(entry.value());
      }
      throw misfit(entry, type, workflow);
    }
    Object value;
    try {
      value = JSON.readValue(entry.value(), Object.class);
    } catch (JsonProcessingException e) {
      throw misfit(entry, type, workflow);
    }
    requireFits(entry, value, type, workflow);
    return value;
  }

  private static Object parse(Entry entry) {
    try {
      return JSON.readValue(entry.value(), Object.class);
    } catch (JsonProcessingException e) {
      throw CliException.usage(entry + " is not JSON: " + firstLine(e.getOriginalMessage())
          + " (quote it for the shell, e.g. --input-json '" + entry.key() + "={\"a\": 1}')");
    }
  }

  private static void requireFits(Entry entry, Object value, VariableType type, Workflow workflow) {
    if (!fits(value, type)) {
      throw misfit(entry, type, workflow);
    }
  }

  private static boolean fits(Object value, VariableType type) {
    if (type.equals(VariableType.STRING)) {
      return value instanceof String;
    }
    if (type.equals(VariableType.NUMBER)) {
      return value instanceof Number;
    }
    if (type.equals(VariableType.BOOLEAN)) {
      return value instanceof Boolean;
    }
    if (type.equals(VariableType.OBJECT)) {
      return value instanceof Map;
    }
    if (!(value instanceof List<?> list)) {
      return false;
    }
    VariableType item = type.equals(VariableType.ARRAY_OF_STRING) ? VariableType.STRING
        : type.equals(VariableType.ARRAY_OF_NUMBER) ? VariableType.NUMBER
        : type.equals(VariableType.ARRAY_OF_BOOLEAN) ? VariableType.BOOLEAN
        : VariableType.OBJECT;
    return list.stream().allMatch(element -> fits(element, item));
  }

  private static CliException misfit(Entry entry, VariableType type, Workflow workflow) {
    return CliException.usage(entry + " does not fit variable '" + entry.key() + "' of workflow '" + workflow.tag()
        + "', which is " + type + ": give " + expected(type, entry.key()));
  }

  private static String expected(VariableType type, String key) {
    if (type.equals(VariableType.STRING)) {
      return "a JSON string, e.g. --input-json '" + key + "=\"text\"', or use --input";
    }
    if (type.equals(VariableType.NUMBER)) {
      return "a number, e.g. --input " + key + "=3";
    }
    if (type.equals(VariableType.BOOLEAN)) {
      return "true or false, e.g. --input " + key + "=true";
    }
    if (type.equals(VariableType.OBJECT)) {
      return "a JSON object, e.g. --input '" + key + "={\"a\": 1}'";
    }
    String example = type.equals(VariableType.ARRAY_OF_STRING) ? "[\"a\", \"b\"]"
        : type.equals(VariableType.ARRAY_OF_NUMBER) ? "[1, 2]"
        : type.equals(VariableType.ARRAY_OF_BOOLEAN) ? "[true, false]"
        : "[{\"a\": 1}]";
    return "a JSON array of " + (type.equals(VariableType.ARRAY_OF_OBJECT) ? "objects"
        : type.value().substring("ARRAY_OF_".length()).toLowerCase(java.util.Locale.ROOT) + "s")
        + ", e.g. --input '" + key + "=" + example + "'";
  }

  private static String firstLine(String text) {
    String message = String.valueOf(text);
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
