package dev.cortexflow.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.cli.internal.Descriptors.Checked;
import dev.cortexflow.client.http.JsonText;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import dev.cortexflow.codec.SourceLines;
import dev.cortexflow.codec.WorkflowYamlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * A set of descriptor files read and validated together (files that share a tag are a DUPLICATE_TAG error on all
 * but the first), with the counts and the JSON and SARIF reports of the result. Shared by everything that validates.
 */
public final class ValidationRun {

  /** A file that could not be read at all, and why. */
  public record Unreadable(DescriptorFile file, CliException failure) {}

  private final List<Checked> checked;
  private final List<Unreadable> unreadable;
  private final int fileCount;
  private final int errors;
  private final int warnings;

  private ValidationRun(List<Checked> checked, List<Unreadable> unreadable, int fileCount) {
    this.checked = List.copyOf(checked);
    this.unreadable = List.copyOf(unreadable);
    this.fileCount = fileCount;
    this.errors = (int) checked.stream().flatMap(c -> c.violations().stream()).filter(Violation::isError).count();
    this.warnings = (int) checked.stream().flatMap(c -> c.violations().stream()).filter(v -> !v.isError()).count();
  }

  /** Reads and validates {@code files} in order, telling {@code reading} about each file before it is read. */
  public static ValidationRun of(List<DescriptorFile> files, Consumer<DescriptorFile> reading) {
    return of(files, WorkflowValidator.standard(), reading);
  }

  /** {@link #of(List, Consumer)} with {@code validator}, such as the standard one with a project's own rules. */
  public static ValidationRun of(List<DescriptorFile> files, WorkflowValidator validator,
      Consumer<DescriptorFile> reading) {
    List<Checked> checked = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    Map<String, DescriptorFile> firstWithTag = new HashMap<>();
    for (DescriptorFile file : files) {
      try {
        reading.accept(file);
        checked.add(Descriptors.check(file, firstWithTag, validator));
      } catch (CliException e) {
        unreadable.add(new Unreadable(file, e));
      }
    }
    return new ValidationRun(checked, unreadable, files.size());
  }

  /** The files that could be read, with their violations. */
  public List<Checked> checked() {
    return checked;
  }

  /** The files that could not be read. */
  public List<Unreadable> unreadable() {
    return unreadable;
  }

  /** How many files were given. */
  public int fileCount() {
    return fileCount;
  }

  /** How many violations are errors. */
  public int errorCount() {
    return errors;
  }

  /** How many violations are warnings. */
  public int warningCount() {
    return warnings;
  }

  /**
   * The report of every violation, errors and warnings, one {@code FILE: SEVERITY CODE at POINTER: message} line
   * each on stderr: what {@code validate} prints, and {@code push} before anything is sent.
   */
  public void printViolations(Output output) {
    for (Checked c : checked) {
      for (Violation v : c.violations()) {
        output.error(c.file().displayName() + ": " + v);
      }
    }
  }

  /** One {@code error:} line on stderr per file that could not be read (with its stack trace under --verbose). */
  public void printUnreadable(Output output) {
    for (Unreadable failure : unreadable) {
      output.error("error: " + failure.failure().getMessage());
      output.stackTrace(failure.failure());
    }
  }

  /** {@code N errors, M warnings in K files}. */
  public String summary() {
    return Plural.of(errors, "error") + ", " + Plural.of(warnings, "warning") + " in " + Plural.of(fileCount, "file");
  }

  /** The result as a SARIF 2.1.0 log written by cortexflow {@code version}. */
  public String sarif(String version) {
    List<SarifReport.FileResult> files = new ArrayList<>();
    for (Checked c : checked) {
      files.add(new SarifReport.FileResult(c.file().displayName(), c.violations(),
          c.violations().isEmpty() ? Optional.empty() : lines(c.file())));
    }
    List<SarifReport.Unreadable> failed = unreadable.stream()
        .map(u -> new SarifReport.Unreadable(u.file().displayName(), u.failure().getMessage())).toList();
    return SarifReport.write(version, files, failed);
  }

  /** The result as one JSON document. */
  public String json() {
    ObjectNode root = JsonText.object();
    ArrayNode list = root.putArray("files");
    for (Checked c : checked) {
      ObjectNode file = list.addObject();
      file.put("file", c.file().displayName());
      file.put("tag", c.workflow().tag());
      ArrayNode violations = file.putArray("violations");
      Optional<ToIntFunction<String>> lines = c.violations().isEmpty() ? Optional.empty() : lines(c.file());
      for (Violation v : c.violations()) {
        ObjectNode item = violations.addObject();
        item.put("severity", v.severity().name());
        item.put("code", v.code().name());
        item.put("pointer", v.pointer());
        lines.ifPresent(l -> item.put("line", l.applyAsInt(v.pointer())));
        item.put("message", v.message());
      }
    }
    for (Unreadable failure : unreadable) {
      ObjectNode file = list.addObject();
      file.put("file", failure.file().displayName());
      file.put("unreadable", failure.failure().getMessage());
    }
    root.put("errors", errors);
    root.put("warnings", warnings);
    root.put("fileCount", fileCount);
    root.put("unreadable", unreadable.size());
    return JsonText.write(root);
  }

  /**
   * The lines of a file that was read once already, read again only for a file with violations; none when it
   * changed in between and no longer reads.
   */
  private static Optional<ToIntFunction<String>> lines(DescriptorFile file) {
    try {
      SourceLines lines = SourceLines.of(file.readText(), file.displayName());
      return Optional.of(lines::lineOf);
    } catch (CliException | WorkflowYamlException e) {
      return Optional.empty();
    }
  }
}
