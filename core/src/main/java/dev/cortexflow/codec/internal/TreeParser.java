package dev.cortexflow.codec.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.codec.WorkflowYamlException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Streams Jackson tokens into a {@link Node} tree and enforces the hostile-input rules: duplicate keys, depth,
 * aliases (resolved here, because Jackson's YAML parser only reports their names), tags and several documents.
 */
final class TreeParser {
  static final int MAX_DEPTH = 100;
  static final int MAX_ALIASES = 100;
  static final int MAX_ALIASED_NODES = 100_000;
  private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq")
      .stream().map(t -> "tag:yaml.org,2002:" + t).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH + 10).maxStringLength(Integer.MAX_VALUE).build();
  private static final YAMLFactory YAML = yamlFactory();
  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  private final String source;
  private final boolean yaml;
  private final Map<String, Anchored> anchors = new HashMap<>();
  private final Set<String> open = new HashSet<>();
  private int aliases;
  private long aliasedNodes;
  /** Values as the reader will see them: every alias counts the full size of what it stands for. */
  private long expanded;

  private record Anchored(Node node, long size) {}

  private TreeParser(String source, boolean yaml) {
    this.source = source;
    this.yaml = yaml;
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(Integer.MAX_VALUE);
    loader.setAllowDuplicateKeys(true); // reported by this class, with the key's position
    loader.setMaxAliasesForCollections(MAX_ALIASES);
    return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(CONSTRAINTS).build();
  }

  /** Parses one document whose top-level value must be a mapping. */
  static Node.MapNode parse(String text, String source, boolean yaml) {
    return new TreeParser(source, yaml).parseDocument(text);
  }

  private Node.MapNode parseDocument(String text) {
    try (JsonParser p = yaml ? YAML.createParser(text) : JSON.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw fail(null, "the document is empty; write a workflow mapping such as 'name: ...'");
      }
      Node root = value(p, 0);
      if (p.nextToken() != null) {
        throw fail(p.currentTokenLocation(), "the file holds more than one document; keep one workflow per file");
      }
      if (!(root instanceof Node.MapNode map)) {
        throw new WorkflowYamlException(source + ":" + root.line() + ":" + root.column()
            + ": the top-level value is " + article(root.kind()) + ", not a mapping; a workflow descriptor is a "
            + "mapping of keys such as 'name', 'tag' and 'actions'");
      }
      return map;
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new WorkflowYamlException(source + ": cannot read: " + e.getMessage());
    }
  }

  private Node value(JsonParser p, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw fail(p.currentTokenLocation(), "nesting is deeper than " + MAX_DEPTH
          + " levels; flatten the data (descriptors need far less)");
    }
    JsonLocation at = p.currentTokenLocation();
    if (yaml) {
      checkTag((YAMLParser) p, at);
      if (((YAMLParser) p).isCurrentAlias()) {
        return alias(p.getText(), at);
      }
    }
    String anchor = yaml ? ((YAMLParser) p).getObjectId() : null;
    if (anchor != null) {
      open.add(anchor);
    }
    long before = expanded++;
    Node node = switch (p.currentToken()) {
      case START_OBJECT -> map(p, depth, at);
      case START_ARRAY -> list(p, depth, at);
      default -> scalar(p, at);
    };
    if (anchor != null) {
      open.remove(anchor);
      anchors.put(anchor, new Anchored(node, expanded - before));
    }
    return node;
  }

  private Node map(JsonParser p, int depth, JsonLocation at) throws IOException {
    Map<String, Node> members = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      // The key's position is only needed for the error; the value is still read first, so its own errors win.
      JsonLocation duplicateAt = members.containsKey(key) ? p.currentTokenLocation() : null;
      p.nextToken();
      Node child = value(p, depth + 1);
      if (duplicateAt != null) {
        throw fail(duplicateAt, "duplicate key '" + key + "'; remove one of them (Cortex rejects duplicate fields)");
      }
      members.put(key, child);
    }
    return new Node.MapNode(members, at.getLineNr(), at.getColumnNr());
  }

  private Node list(JsonParser p, int depth, JsonLocation at) throws IOException {
    List<Node> items = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      items.add(value(p, depth + 1));
    }
    return new Node.ListNode(items, at.getLineNr(), at.getColumnNr());
  }

  private Node scalar(JsonParser p, JsonLocation at) throws IOException {
    String text = p.getText();
    JsonValue value = switch (p.currentToken()) {
      case VALUE_STRING -> JsonValue.of(text);
      case VALUE_TRUE -> JsonValue.of(true);
      case VALUE_FALSE -> JsonValue.of(false);
      case VALUE_NULL -> JsonValue.NULL;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonValue.of(number(p, text, at));
      default -> throw fail(at, "unsupported value '" + text + "'; use a string, number, boolean or null");
    };
    return new Node.ScalarNode(value, text, at.getLineNr(), at.getColumnNr());
  }

  private BigDecimal number(JsonParser p, String text, JsonLocation at) throws IOException {
    try {
      return p.getDecimalValue();
    } catch (JsonProcessingException | NumberFormatException e) {
      throw fail(at, "the number '" + text + "' has no JSON form; quote it if it is text");
    }
  }

  private Node alias(String name, JsonLocation at) {
    if (open.contains(name)) {
      throw fail(at, "recursive alias '*" + name + "' refers to a value that contains it; remove the alias");
    }
    Anchored target = anchors.get(name);
    if (target == null) {
      throw fail(at, "alias '*" + name + "' names no anchored mapping or list before it; write the value out "
          + "(aliases of single values are not supported)");
    }
    if (++aliases > MAX_ALIASES) {
      throw fail(at, "more than " + MAX_ALIASES + " aliases; write the values out instead of using '*' aliases");
    }
    aliasedNodes += target.size();
    expanded += target.size();
    if (aliasedNodes > MAX_ALIASED_NODES) {
      throw fail(at, "aliases expand to more than " + MAX_ALIASED_NODES
          + " values (an alias bomb?); write the values out instead of using '*' aliases");
    }
    return target.node();
  }

  private void checkTag(YAMLParser p, JsonLocation at) throws IOException {
    String tag = p.getTypeId();
    if (tag != null && !CORE_TAGS.contains(tag)) {
      String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag;
      throw fail(at, "the tag '" + shown + "' is not allowed; remove it (descriptors are plain data)");
    }
  }

  private WorkflowYamlException fail(JsonLocation at, String problem) {
    String where = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
    return new WorkflowYamlException(source + where + ": " + problem);
  }

  private WorkflowYamlException translate(JsonProcessingException e) {
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      return new WorkflowYamlException(source + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1)
          + ": not valid " + format() + ": " + oneLine(marked.getProblem()) + "; fix the " + format()
          + " syntax there");
    }
    return new WorkflowYamlException(source + location(e.getLocation()) + ": not valid " + format() + ": "
        + oneLine(e.getOriginalMessage()) + "; fix the " + format() + " syntax there");
  }

  private String format() {
    return yaml ? "YAML" : "JSON";
  }

  private static String location(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  private static String article(String kind) {
    return (kind.startsWith("a") || kind.startsWith("o") ? "an " : "a ") + kind;
  }
}
