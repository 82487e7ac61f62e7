package dev.cortexflow.codegen.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cortexflow.codegen.CodegenException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The integration action catalogue ({@code integrations.yaml}): namespaces, their actions and the actions' inputs.
 *
 * @param source the file name the catalogue was read from, used in messages and generated headers
 * @param version the catalogue version
 * @param namespaceDescriptions description of each namespace, in catalogue order
 * @param actions every action, in catalogue order
 */
public record Catalogue(String source, int version, Map<String, String> namespaceDescriptions,
    List<CatalogueAction> actions) {

  /** Resource path of the catalogue bundled with the code generator. */
  public static final String BUNDLED = "/dev/cortexflow/codegen/integrations.yaml";

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** Copies the parts. */
  public Catalogue {
    namespaceDescriptions = Map.copyOf(namespaceDescriptions);
    actions = List.copyOf(actions);
  }

  /** Reads the catalogue bundled with the code generator. */
  public static Catalogue bundled() {
    try (InputStream in = Catalogue.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("resource '" + BUNDLED + "' is missing from the classpath");
      }
      return read(in, "integrations.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalogue.
   *
   * @param source the file name, used in messages
   * @throws CodegenException when the file is not YAML or does not have the catalogue's shape
   */
  public static Catalogue read(InputStream in, String source) {
    Object root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readValue(in, Object.class);
    } catch (JacksonException e) {
      throw new CodegenException(source, "", "not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Reader(source).catalogue(root);
  }

  /** Returns the action with the given {@code actionIdentifier}, if catalogued. */
  public Optional<CatalogueAction> find(String identifier) {
    return actions.stream().filter(a -> a.identifier().equals(identifier)).findFirst();
  }

  /** Walks the parsed YAML, naming the JSON pointer of whatever is wrong. */
  private record Reader(String source) {

    Catalogue catalogue(Object root) {
      Map<String, Object> top = map(root, "");
      Object version = top.get("version");
      if (!(version instanceof Integer v)) {
        throw fail("/version", "expected an integer version");
      }
      Map<String, String> descriptions = new LinkedHashMap<>();
      List<CatalogueAction> actions = new ArrayList<>();
      map(top.get("namespaces"), "/namespaces").forEach((ns, body) -> {
        String at = "/namespaces/" + ns;
        name(ns, at);
        Map<String, Object> namespace = map(body, at);
        descriptions.put(ns, string(namespace.get("description"), at + "/description"));
        Map<String, Object> shared = namespace.containsKey("inputs")
            ? map(namespace.get("inputs"), at + "/inputs") : Map.of();
        map(namespace.get("actions"), at + "/actions").forEach((op, action) ->
            actions.add(action(ns, op, action, shared, at + "/actions/" + op)));
      });
      return new Catalogue(source, v, descriptions, actions);
    }

    private CatalogueAction action(String ns, String op, Object body, Map<String, Object> shared, String at) {
      name(op, at);
      Map<String, Object> action = map(body, at);
      List<String> required = new ArrayList<>();
      if (action.containsKey("required")) {
        if (!(action.get("required") instanceof List<?> list) || list.isEmpty()) {
          throw fail(at + "/required", "expected a non-empty list of input keys");
        }
        for (int i = 0; i < list.size(); i++) {
          required.add(string(list.get(i), at + "/required/" + i));
        }
      }
      Map<String, Object> declared = action.containsKey("inputs") ? map(action.get("inputs"), at + "/inputs")
          : Map.of();
      for (int i = 0; i < required.size(); i++) {
        if (!declared.containsKey(required.get(i))) {
          throw fail(at + "/required/" + i, "'" + required.get(i) + "' is not one of the action's inputs: list it"
              + " under 'inputs' too");
        }
      }
      List<CatalogueInput> inputs = new ArrayList<>();
      declared.forEach((key, spec) ->
          inputs.add(input(key, spec, shared, required.contains(key), at + "/inputs/" + key)));
      Map<String, String> outputs = new LinkedHashMap<>();
      if (action.containsKey("outputs")) {
        map(action.get("outputs"), at + "/outputs").forEach((key, description) ->
            outputs.put(name(key, at + "/outputs/" + key), string(description, at + "/outputs/" + key)));
      }
      return new CatalogueAction(ns, op, string(action.get("description"), at + "/description"), inputs, outputs);
    }

    private CatalogueInput input(String key, Object spec, Map<String, Object> shared, boolean required,
        String at) {
      name(key, at);
      Optional<String> description = Optional.ofNullable(shared.get(key)).map(d -> string(d, at));
      if (spec instanceof String type) {
        return checked(new CatalogueInput(key, type(type, at), List.of(), description, required), at);
      }
      Map<String, Object> input = map(spec, at);
      InputType type = input.containsKey("type") ? type(string(input.get("type"), at + "/type"), at + "/type")
          : InputType.STRING;
      List<String> values = new ArrayList<>();
      if (input.containsKey("values")) {
        if (!(input.get("values") instanceof List<?> list) || list.isEmpty()) {
          throw fail(at + "/values", "expected a non-empty list of constants");
        }
        for (int i = 0; i < list.size(); i++) {
          values.add(name(string(list.get(i), at + "/values/" + i), at + "/values/" + i));
        }
      }
      if (input.containsKey("description")) {
        description = Optional.of(string(input.get("description"), at + "/description"));
      }
      return checked(new CatalogueInput(key, type, values, description, required), at);
    }

    private CatalogueInput checked(CatalogueInput input, String at) {
      if ((input.type() == InputType.ENUM) == input.values().isEmpty()) {
        throw fail(at, "an enum input needs 'values', and only an enum input may have them");
      }
      return input;
    }

    private InputType type(String spelling, String at) {
      return InputType.parse(spelling).orElseThrow(() -> fail(at,
          "unknown type '" + spelling + "' (expected string, boolean, integer or enum)"));
    }

    private String name(String name, String at) {
      if (!NAME.matcher(name).matches()) {
        throw fail(at, "'" + name + "' is not a valid name: use letters, digits and underscores");
      }
      return name;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String at) {
      if (!(value instanceof Map<?, ?> map)) {
        throw fail(at, "expected a mapping");
      }
      return (Map<String, Object>) map;
    }

    private String string(Object value, String at) {
      if (!(value instanceof String s) || s.isBlank()) {
        throw fail(at, "expected a non-empty string");
      }
      return s;
    }

    private CodegenException fail(String pointer, String problem) {
      return new CodegenException(source, pointer, problem);
    }
  }
}
