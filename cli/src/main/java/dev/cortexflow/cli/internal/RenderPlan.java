package dev.cortexflow.cli.internal;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import dev.cortexflow.yaml.WorkflowYaml;
import dev.cortexflow.yaml.WriteOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Workflows about to be rendered to {@code <tag>.yaml} files: validated first (with duplicate tags and tags that
 * cannot be file names reported too), then written, or compared with what a folder holds.
 */
public final class RenderPlan {

  /** A workflow and the Java source it came from (named in the file's preamble). */
  public record Sourced(String source, Workflow workflow) {}

  /** A file to write. */
  public record RenderedFile(String source, Workflow workflow, String fileName, String yaml) {}

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final List<RenderedFile> files;
  private final List<String> problems;
  private final int errors;

  private RenderPlan(List<RenderedFile> files, List<String> problems, int errors) {
    this.files = files;
    this.problems = problems;
    this.errors = errors;
  }

  /** Validates {@code workflows} and renders the valid ones. */
  public static RenderPlan of(List<Sourced> workflows) {
    List<RenderedFile> files = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int errors = 0;
    Map<String, String> sourceOfTag = new HashMap<>();
    for (Sourced sourced : workflows) {
      Workflow workflow = sourced.workflow();
      String where = sourced.source() + " ('" + workflow.tag() + "')";
      for (Violation violation : WorkflowValidator.standard().validate(workflow).violations()) {
        problems.add(where + ": " + violation);
        errors += violation.isError() ? 1 : 0;
      }
      String earlier = sourceOfTag.putIfAbsent(workflow.tag(), sourced.source());
      if (earlier != null) {
        problems.add(where + ": " + WorkflowValidator.duplicateTag(workflow.tag(), "the workflow of " + earlier));
        errors++;
      } else if (!FILE_NAME.matcher(workflow.tag()).matches()) {
        problems.add(where + ": tag '" + workflow.tag() + "' cannot be a file name");
        errors++;
      } else {
        files.add(new RenderedFile(sourced.source(), workflow, workflow.tag() + ".yaml",
            WorkflowYaml.write(workflow, WriteOptions.generatedFrom(sourced.source()))));
      }
    }
    return new RenderPlan(List.copyOf(files), List.copyOf(problems), errors);
  }

  /** The files to write, in the order of the workflows. */
  public List<RenderedFile> files() {
    return files;
  }

  /** One line per violation (errors and warnings) or other problem. */
  public List<String> problems() {
    return problems;
  }

  /** How many of {@link #problems()} are errors. */
  public int errorCount() {
    return errors;
  }

  /** Writes every file into {@code folder} (only those whose content changes) and returns the paths written. */
  public List<Path> write(Path folder, String folderName) {
    List<Path> written = new ArrayList<>();
    for (RenderedFile file : files) {
      Path target = folder.resolve(file.fileName());
      if (!file.yaml().equals(readIfPresent(target))) {
        TextFiles.write(target, file.yaml(), folderName + "/" + file.fileName());
        written.add(target);
      }
    }
    return written;
  }

  /**
   * The differences between the rendered files and {@code folder}: {@code missing X}, {@code changed X} and
   * {@code unexpected X} (a YAML file the workflows do not produce), by file name.
   */
  public List<String> differences(Path folder) {
    TreeSet<String> lines = new TreeSet<>();
    Set<String> expected = new TreeSet<>();
    for (RenderedFile file : files) {
      expected.add(file.fileName());
      String existing = readIfPresent(folder.resolve(file.fileName()));
      if (existing == null) {
        lines.add(file.fileName() + ": missing");
      } else if (!existing.equals(file.yaml())) {
        lines.add(file.fileName() + ": changed");
      }
    }
    if (Files.isDirectory(folder)) {
      try (Stream<Path> present = Files.list(folder)) {
        present.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".yaml") && !expected.contains(n))
            .forEach(n -> lines.add(n + ": not rendered from any workflow"));
      } catch (IOException e) {
        throw CliException.usage("cannot read folder '" + folder + "': " + e.getMessage(), e);
      }
    }
    return List.copyOf(lines);
  }

  private static String readIfPresent(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.usage("cannot read '" + file + "': " + e.getMessage(), e);
    }
  }
}
