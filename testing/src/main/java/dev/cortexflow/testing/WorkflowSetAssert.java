package dev.cortexflow.testing;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.testing.internal.GoldenFile;
import dev.cortexflow.validate.ValidationReport;
import dev.cortexflow.validate.WorkflowValidator;
import dev.cortexflow.codec.WorkflowYaml;
import dev.cortexflow.codec.WriteOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the workflows of one workspace taken together: each valid and no tag used twice, and the whole
 * set rendered to a folder of golden files. Start with {@link CortexflowAssertions#assertThatWorkflows}.
 *
 * <pre class="compilable">{@code
 * assertThatWorkflows(List.of(new DeployService().workflow(), new Rollback().workflow()))
 *     .areValid()
 *     .renderToFolder(Path.of("src/test/resources/workflows"));
 * }</pre>
 *
 * Not thread-safe; use one instance per check chain.
 */
public final class WorkflowSetAssert extends AbstractAssert<WorkflowSetAssert, List<Workflow>> {

  private final GoldenFile goldenFiles;
  private WorkflowValidator validator = WorkflowValidator.standard();

  WorkflowSetAssert(List<Workflow> actual, GoldenFile goldenFiles) {
    super(actual, WorkflowSetAssert.class);
    this.goldenFiles = goldenFiles;
  }

  /**
   * Makes {@link #areValid()} use {@code validator} instead of {@link WorkflowValidator#standard()}, for example
   * one with an organisation's own rules ({@link WorkflowValidator#with}).
   *
   * @param validator the validator to use
   * @return this assertion
   */
  public WorkflowSetAssert usingValidator(WorkflowValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
    return this;
  }

  /**
   * Checks that no workflow has an ERROR and that no two share a tag (DUPLICATE_TAG), with
   * {@link WorkflowValidator#validateAll(List)} of the standard validator (or of {@link #usingValidator}). The
   * failure message lists every error under its workflow.
   *
   * @return this assertion
   */
  public WorkflowSetAssert areValid() {
    isNotNull();
    List<ValidationReport> reports = validator.validateAll(actual);
    StringBuilder errors = new StringBuilder();
    int count = 0;
    for (int i = 0; i < reports.size(); i++) {
      for (var error : reports.get(i).errors()) {
        errors.append("\n  workflows[").append(i).append("] '").append(actual.get(i).tag()).append("': ")
            .append(error);
        count++;
      }
    }
    if (count > 0) {
      fail("Expecting " + actual.size() + " workflows to be valid together, but they have " + count
          + (count == 1 ? " error:" : " errors:") + errors);
    }
    return this;
  }

  /**
   * Checks that every workflow renders byte for byte to {@code <tag>.yaml} in {@code folder} and that the folder
   * holds no other {@code .yaml} file, so a workflow removed from the code cannot leave its descriptor behind.
   * Golden files follow the update policy of {@link WorkflowAssert#rendersToFile(Path)}
   * ({@code -Dgolden.update=true} writes missing and differing files; it never deletes a stale one).
   *
   * @param folder the folder of golden descriptors
   * @return this assertion
   */
  public WorkflowSetAssert renderToFolder(Path folder) {
    Objects.requireNonNull(folder, "folder");
    isNotNull();
    List<String> problems = new ArrayList<>();
    Set<String> expected = new TreeSet<>();
    for (Workflow workflow : actual) {
      String file = workflow.tag() + ".yaml";
      expected.add(file);
      goldenFiles.check(folder.resolve(file), WorkflowYaml.write(workflow, WriteOptions.defaults()))
          .ifPresent(problem -> problems.add("workflow '" + workflow.tag() + "': " + problem));
    }
    for (String stale : yamlFiles(folder)) {
      if (!expected.contains(stale)) {
        problems.add("'" + folder.resolve(stale) + "' belongs to no workflow: delete it or add its workflow");
      }
    }
    if (!problems.isEmpty()) {
      StringBuilder message = new StringBuilder("Expecting " + actual.size() + " workflows to render to folder '"
          + folder + "', but:");
      problems.forEach(p -> message.append("\n  ").append(p));
      fail(message.toString());
    }
    return this;
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }

  private static Set<String> yamlFiles(Path folder) {
    Set<String> names = new TreeSet<>();
    if (!Files.isDirectory(folder)) {
      return names;
    }
    try (Stream<Path> files = Files.list(folder)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(names::add);
    } catch (IOException e) {
      throw new UncheckedIOException("folder '" + folder + "' cannot be listed", e);
    }
    return names;
  }
}
