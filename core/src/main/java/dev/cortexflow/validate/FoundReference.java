package dev.cortexflow.validate;

import java.util.List;
import java.util.Objects;

/**
 * One reference to run state found in a string by {@link ReferenceScanner}: what it reads ({@link #kind()},
 * {@link #name()}, {@link #path()}), how it is written ({@link #syntax()}) and where it sits in the string
 * ({@link #start()} inclusive, {@link #end()} exclusive).
 *
 * <p>Examples, for the text in the first column:
 *
 * <table>
 *   <caption>What the scanner reports</caption>
 *   <tr><th>text</th><th>kind</th><th>name</th><th>path</th><th>syntax</th><th>span</th></tr>
 *   <tr><td>{@code {{actions.deploy.outputs.url}}}</td><td>ACTION</td><td>deploy</td><td>[outputs, url]</td>
 *       <td>MUSTACHE</td><td>the whole tag, braces included</td></tr>
 *   <tr><td>{@code {{{variables.body}}}}</td><td>VARIABLE</td><td>body</td><td>[]</td><td>MUSTACHE_RAW</td>
 *       <td>the whole tag</td></tr>
 *   <tr><td>{@code .actions."get-file".outputs.body}</td><td>ACTION</td><td>get-file</td><td>[outputs, body]</td>
 *       <td>JQ</td><td>from the leading dot to the last path part</td></tr>
 *   <tr><td>{@code actions["user-input"].outputs.publish}</td><td>ACTION</td><td>user-input</td>
 *       <td>[outputs, publish]</td><td>CEL_JS</td><td>from {@code actions} to the last path part</td></tr>
 *   <tr><td>{@code {{&context.secrets.cortex_api_key}}}</td><td>SECRET</td><td>cortex_api_key</td><td>[]</td>
 *       <td>MUSTACHE_RAW</td><td>the whole tag</td></tr>
 *   <tr><td>{@code {{context.entity.tag}}}</td><td>CONTEXT</td><td>entity</td><td>[tag]</td><td>MUSTACHE</td>
 *       <td>the whole tag</td></tr>
 *   <tr><td>{@code {{{callbackUrl}}}}</td><td>CALLBACK_URL</td><td>callbackUrl</td><td>[]</td>
 *       <td>MUSTACHE_RAW</td><td>the whole tag</td></tr>
 * </table>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param kind what part of the run state is read
 * @param name the block slug (ACTION), variable slug (VARIABLE), secret tag (SECRET), context member such as
 *     {@code entity} or {@code initiatedBy} (CONTEXT), or {@code callbackUrl} (CALLBACK_URL)
 * @param path the parts read below the name, unquoted ({@code [outputs, result, owner]}); empty when none
 * @param syntax how the reference is written
 * @param start offset of the first character of the reference in the scanned string
 * @param end offset just after its last character (for Mustache, after the closing braces)
 */
public record FoundReference(Kind kind, String name, List<String> path, Syntax syntax, int start, int end) {

  /** What part of the run state a reference reads. */
  public enum Kind {
    /** {@code actions.<slug>…}: the inputs or outputs of a block. */
    ACTION,
    /** {@code variables.<slug>…}: a workflow variable. */
    VARIABLE,
    /** {@code context.<member>…} other than secrets: run context such as {@code entity} or {@code initiatedBy}. */
    CONTEXT,
    /** {@code context.secrets.<tag>}: a workspace secret. */
    SECRET,
    /** {@code callbackUrl}: the callback URL of an asynchronous HTTP block (Mustache only). */
    CALLBACK_URL
  }

  /** How a reference is written (spec §7). */
  public enum Syntax {
    /** Mustache, HTML-escaped: {@code {{actions.x.outputs.y}}}. */
    MUSTACHE,
    /** Mustache, raw: {@code {{{actions.x.outputs.y}}}} or {@code {{&actions.x.outputs.y}}}. */
    MUSTACHE_RAW,
    /** Opening Mustache section: {@code {{#context.initiatedBy.roles}}} or inverted {@code {{^…}}}. */
    MUSTACHE_SECTION,
    /** JQ path: {@code .actions."x".outputs}, {@code .variables.x}, {@code .context.entity}. */
    JQ,
    /** CEL or JavaScript member access: {@code actions["x"].outputs}, {@code variables.x}. */
    CEL_JS,
    /** Dotted state path without a leading dot, as in {@code outputVariable} and REFERENCE {@code path}. */
    STATE_PATH
  }

  /** Checks the parts and copies the path. */
  public FoundReference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(syntax, "syntax");
    path = List.copyOf(path);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") is not valid");
    }
  }

  /**
   * The reference as a dotted state path, the way messages print it: {@code actions.deploy.outputs.url},
   * {@code variables.env}, {@code context.secrets.token}, {@code context.entity.tag}, {@code callbackUrl}.
   */
  public String statePath() {
    StringBuilder sb = new StringBuilder(switch (kind) {
      case ACTION -> "actions." + name;
      case VARIABLE -> "variables." + name;
      case CONTEXT -> "context." + name;
      case SECRET -> "context.secrets." + name;
      case CALLBACK_URL -> name;
    });
    for (String part : path) {
      sb.append('.').append(part);
    }
    return sb.toString();
  }

  /** Whether this reads {@code context.entity}, which only ENTITY workflows have. */
  public boolean readsEntity() {
    return kind == Kind.CONTEXT && name.equals("entity");
  }
}
