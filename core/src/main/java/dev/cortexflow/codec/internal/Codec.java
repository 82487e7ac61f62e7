package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.ReadOptions;
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowYamlException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The codec behind the public {@code dev.cortexflow.codec} entry points. Not API. */
public final class Codec {

  /** The syntax of a descriptor. */
  public enum Format {
    /** YAML (JSON is read as YAML too, but JSON-only input is better served by {@link #JSON}). */
    YAML,
    /** JSON. */
    JSON,
    /** Decided from the file extension, else from the first character. */
    DETECT
  }

  private Codec() {}

  /** The descriptor as YAML, with an optional first comment line. */
  public static String writeYaml(Workflow workflow, Optional<String> preamble) {
    Objects.requireNonNull(workflow, "workflow");
    return YamlEmitter.emit((JsonValue.JsonObject) WorkflowMapper.write(workflow), preamble.orElse(null));
  }

  /** The descriptor as pretty JSON. */
  public static String writeJson(Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    return JsonEmitter.emit(WorkflowMapper.write(workflow));
  }

  /**
   * The descriptor as YAML ({@code json} false) or pretty JSON, with its keys in the order {@code original} (a
   * descriptor text, read with the reading limits) has them; in writing order when {@code original} cannot be read.
   */
  public static String writeInOrderOf(Workflow workflow, String original, boolean json) {
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(original, "original");
    JsonValue tree = WorkflowMapper.write(workflow);
    try {
      String text = SourceText.check(original, "<original>", ReadOptions.defaults().maxBytes());
      Node.MapNode root = TreeParser.parse(text, "<original>", !json);
      tree = KeyOrder.like(tree, root.toJson());
    } catch (WorkflowYamlException unreadable) {
      // no order to follow: the writing order stands
    }
    return json ? JsonEmitter.emit(tree) : YamlEmitter.emit((JsonValue.JsonObject) tree, null);
  }

  /** The descriptor as a JSON value tree, in writing order. */
  public static JsonValue toJson(Workflow workflow) {
    return WorkflowMapper.write(workflow);
  }

  /** Reads descriptor text. */
  public static ReadResult read(String text, String source, Format format, ReadOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    return parse(SourceText.check(text, source, options.maxBytes()), source, format, options);
  }

  /** Reads a descriptor file. */
  public static ReadResult read(Path file, ReadOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    String source = file.toString();
    return parse(SourceText.read(file, source, options.maxBytes()), source, Format.DETECT, options);
  }

  /**
   * The line of the value at each JSON pointer of a descriptor text (YAML or JSON, detected as when reading), or
   * of its nearest ancestor that the text holds. Parses with the reading limits.
   */
  public static java.util.function.ToIntFunction<String> lines(String text, String source) {
    Node root = detect(SourceText.check(text, source, ReadOptions.defaults().maxBytes()), source);
    return pointer -> line(root, pointer);
  }

  private static int line(Node root, String pointer) {
    Node at = root;
    if (!pointer.isEmpty()) {
      for (String part : pointer.substring(1).split("/", -1)) {
        String key = part.replace("~1", "/").replace("~0", "~");
        Node next = null;
        if (at instanceof Node.MapNode map) {
          next = map.members().get(key);
        } else if (at instanceof Node.ListNode list && key.matches("\\d{1,9}")
            && Integer.parseInt(key) < list.items().size()) {
          next = list.items().get(Integer.parseInt(key));
        }
        if (next == null) {
          break;
        }
        at = next;
      }
    }
    return at.line();
  }

  private static ReadResult parse(String text, String source, Format format, ReadOptions options) {
    Node.MapNode root;
    if (format == Format.DETECT) {
      root = detect(text, source);
    } else {
      root = TreeParser.parse(text, source, format == Format.YAML);
    }
    Issues issues = new Issues(options.allowUnknownTypes());
    Workflow workflow = WorkflowMapper.read(LoneSurrogates.replace(root, issues), issues);
    return new ReadResult(workflow, issues.all());
  }

  private static Node.MapNode detect(String text, String source) {
    String name = source.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return TreeParser.parse(text, source, false);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return TreeParser.parse(text, source, true);
    }
    String start = text.stripLeading();
    if (start.startsWith("{") || start.startsWith("[")) {
      try {
        return TreeParser.parse(text, source, false);
      } catch (WorkflowYamlException notJson) {
        try {
          return TreeParser.parse(text, source, true);
        } catch (WorkflowYamlException notYaml) {
          throw notJson;
        }
      }
    }
    return TreeParser.parse(text, source, true);
  }
}
