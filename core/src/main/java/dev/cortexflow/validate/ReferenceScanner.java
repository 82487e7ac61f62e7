package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Finds the references to run state ({@code actions}, {@code variables}, {@code context}, secrets and the async
 * {@code callbackUrl}) in strings and in whole workflows, by their syntax (spec §7). The validator uses it to
 * check that every reference resolves; it is public so that other tools can reuse it (secret pre-flight checks
 * look for {@link FoundReference.Kind#SECRET}; the importer turns Mustache tags into typed references using the
 * offsets and parsed parts).
 *
 * <p>Recognised forms:
 *
 * <ul>
 *   <li>Mustache: {@code {{actions.x.outputs.y}}}, raw {@code {{{…}}}} and {@code {{&…}}}, sections
 *       {@code {{#…}}} / {@code {{^…}}}; spaces inside the braces are allowed; names may hold hyphens
 *       ({@code {{variables.github-owner}}}). Tags whose first name part is not {@code actions},
 *       {@code variables}, {@code context} or {@code callbackUrl} (such as {@code {{name}}} inside a section) are
 *       not references. Closing tags, comments and partials are skipped.
 *   <li>JQ: {@code .actions."x".outputs}, {@code .actions.x.outputs}, {@code .actions["x"]},
 *       {@code .variables."x"}, {@code .variables.x}, {@code .context.entity}. The leading dot must follow a
 *       delimiter (start, blank, bracket, pipe, comma, operator), so {@code $j.actions.x} is not a reference.
 *   <li>CEL and JavaScript: {@code actions["x"].outputs}, {@code actions['x']}, {@code actions.x},
 *       {@code variables["x"]}, {@code variables.x}, {@code context.entity}; likewise after a delimiter only, so
 *       {@code github-actions.yml} and {@code obj.actions.x} are not references.
 *   <li>State paths ({@link #scanStatePath(String)}): {@code actions.x.outputs.y}, {@code variables.x}, the whole
 *       string, hyphens allowed.
 * </ul>
 *
 * <p>Unquoted JQ, CEL and JavaScript names end at the first character that is not a letter, digit, {@code _} or
 * {@code $}, as in those languages: {@code variables.github-owner} in a script reads {@code variables.github}
 * (then subtracts {@code owner}), and is reported so.
 *
 * <pre class="compilable">{@code
 * List<FoundReference> refs = ReferenceScanner.scan("Bearer {{&context.secrets.cortex_api_key}}");
 * refs.get(0).kind();  // SECRET
 * refs.get(0).name();  // "cortex_api_key"
 * refs.get(0).start(); // 7, end() is 43: the whole tag
 * }</pre>
 *
 * <p>All methods are linear in the length of their input, thread-safe and never return null.
 */
public final class ReferenceScanner {

  private ReferenceScanner() {}

  /**
   * Finds every reference in a string, in the order they start. A Mustache tag is reported once, as Mustache,
   * never also as the CEL path inside it.
   *
   * @param text any string, e.g. a URL, a payload, a JQ expression or a script
   * @return the references, empty when there are none
   */
  public static List<FoundReference> scan(String text) {
    Objects.requireNonNull(text, "text");
    List<FoundReference> out = new ArrayList<>();
    TextReferenceParser.parse(text, out::add);
    return out;
  }

  /**
   * Reads a whole string as a state path, the form of {@code outputVariable} and of a SET_VARIABLES REFERENCE
   * {@code path} ({@code actions.parse-repo.outputs.result.owner}, {@code variables.github-owner}).
   *
   * @return the reference with syntax {@link FoundReference.Syntax#STATE_PATH}, or empty when the string is not
   *     a dotted path into {@code actions}, {@code variables} or {@code context}
   */
  public static Optional<FoundReference> scanStatePath(String path) {
    Objects.requireNonNull(path, "path");
    return Optional.ofNullable(TextReferenceParser.statePath(path));
  }

  /**
   * Finds every reference in a workflow: in every string of every block (schema fields, form fields, branch
   * expressions, scripts, integration {@code inputs} at any depth, and unknown keys kept in extensions) and in
   * {@code runResponseTemplate} and {@code failedRunResponseTemplate}. State-path fields ({@code outputVariable},
   * REFERENCE {@code path}) are read with {@link #scanStatePath(String)}. Slugs, edges and type names are not
   * scanned.
   *
   * @return the references in descriptor order (templates first, then blocks in file order)
   */
  public static List<LocatedReference> scan(Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    List<LocatedReference> out = new ArrayList<>();
    scanTemplates(workflow, out::add);
    List<Block> blocks = workflow.actions();
    for (int i = 0; i < blocks.size(); i++) {
      scanBlock(blocks.get(i), i, out::add);
    }
    return out;
  }

  /** The references in the two response templates, in that order. */
  static void scanTemplates(Workflow workflow, Consumer<LocatedReference> sink) {
    ModelStrings.visitTemplates(workflow, new Collector(OptionalInt.empty(), sink));
  }

  /** The references in the strings of the block at {@code index}, in descriptor key order. */
  static void scanBlock(Block block, int index, Consumer<LocatedReference> sink) {
    ModelStrings.visitBlock(block, index, new Collector(OptionalInt.of(index), sink));
  }

  /** Turns visited strings into located references of one owner; builds a pointer only for a reference. */
  private static final class Collector implements ModelStrings.Visitor, Consumer<FoundReference> {

    private final OptionalInt owner;
    private final Consumer<LocatedReference> sink;
    private String parent;
    private String key;
    private String pointer;

    Collector(OptionalInt owner, Consumer<LocatedReference> sink) {
      this.owner = owner;
      this.sink = sink;
    }

    @Override
    public void text(String parent, String key, String value) {
      this.parent = parent;
      this.key = key;
      this.pointer = null;
      TextReferenceParser.parse(value, this);
    }

    @Override
    public void accept(FoundReference ref) {
      pointer = pointer == null ? parent + key : pointer;
      sink.accept(new LocatedReference(pointer, owner, ref));
    }

    @Override
    public void statePath(String parent, String key, String value) {
      FoundReference ref = TextReferenceParser.statePath(value);
      if (ref != null) {
        sink.accept(new LocatedReference(parent + key, owner, ref));
      }
    }
  }
}
