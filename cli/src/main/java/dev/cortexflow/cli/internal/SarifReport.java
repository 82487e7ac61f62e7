package dev.cortexflow.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.client.http.JsonText;
import dev.cortexflow.validate.RuleCode;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Validation results as a SARIF 2.1.0 log, the format GitHub code scanning, GitLab, Azure DevOps and most editors
 * read: one rule per violation code with its help text (an organisation's own rules too), one result per
 * violation with its file and line, and files that could not be read as tool notifications. Deterministic: the same results give the same bytes.
 */
public final class SarifReport {

  /**
   * The violations of one file.
   *
   * @param path the file as the user named it, relative to the working folder
   * @param lines the line of each pointer, empty when the file's lines are unknown
   */
  public record FileResult(String path, List<Violation> violations, Optional<ToIntFunction<String>> lines) {}

  /** A file that could not be read, and why. */
  public record Unreadable(String path, String message) {}

  private SarifReport() {}

  /** The SARIF log of one validation run. */
  public static String write(String version, List<FileResult> files, List<Unreadable> unreadable) {
    ObjectNode log = JsonText.object();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "cortexflow");
    driver.put("version", version);
    List<String> codes = new ArrayList<>();
    ArrayNode rules = driver.putArray("rules");
    for (RuleCode code : codes(files)) {
      codes.add(code.name());
      ObjectNode rule = rules.addObject();
      rule.put("id", code.name());
      rule.putObject("shortDescription").put("text", code.help());
      rule.putObject("help").put("text", code.help());
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", unreadable.isEmpty());
    if (!unreadable.isEmpty()) {
      ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
      for (Unreadable u : unreadable) {
        ObjectNode n = notifications.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", u.message());
        n.putArray("locations").addObject().set("physicalLocation", location(u.path(), 0));
      }
    }
    ArrayNode results = run.putArray("results");
    for (FileResult file : files) {
      for (Violation v : file.violations()) {
        ObjectNode result = results.addObject();
        result.put("ruleId", v.code().name());
        result.put("ruleIndex", codes.indexOf(v.code().name()));
        result.put("level", v.severity().name().toLowerCase(Locale.ROOT));
        result.putObject("message").put("text", v.message() + " (at " + v.pointer() + ")");
        int line = file.lines().map(l -> l.applyAsInt(v.pointer())).orElse(0);
        result.putArray("locations").addObject().set("physicalLocation", location(file.path(), line));
      }
    }
    return JsonText.write(log);
  }

  /**
   * The codes of the violations, each once by name: cortexflow's own in their declared order, then the rules' own
   * by name.
   */
  private static List<RuleCode> codes(List<FileResult> files) {
    java.util.Map<String, RuleCode> byName = new java.util.HashMap<>();
    files.stream().flatMap(f -> f.violations().stream()).map(Violation::code)
        .forEach(code -> byName.putIfAbsent(code.name(), code));
    List<RuleCode> sorted = new ArrayList<>(byName.values());
    sorted.sort(java.util.Comparator.comparingInt((RuleCode code) -> code instanceof ViolationCode own
        ? own.ordinal() : Integer.MAX_VALUE).thenComparing(RuleCode::name));
    return sorted;
  }

  /**
   * A file as a URI: relative to the working folder as a relative reference, an absolute path as a {@code file:}
   * URI; with its line when known (lines are 1-based).
   */
  private static ObjectNode location(String path, int line) {
    ObjectNode location = JsonText.object();
    location.putObject("artifactLocation").put("uri", uri(path));
    if (line > 0) {
      location.putObject("region").put("startLine", line);
    }
    return location;
  }

  private static String uri(String path) {
    if (java.nio.file.Path.of(path).isAbsolute()) {
      return java.nio.file.Path.of(path).toUri().toASCIIString();
    }
    try {
      return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      return path.replace('\\', '/');
    }
  }
}
