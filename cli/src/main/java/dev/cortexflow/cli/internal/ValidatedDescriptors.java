package dev.cortexflow.cli.internal;

import dev.cortexflow.cli.internal.Descriptors.Checked;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * Descriptor files read and validated before anything is written to a workspace: the workflows when no file has an
 * ERROR, else one line per error. Shared by everything that pushes.
 *
 * @param workflows the workflow of every file, in file order; empty when any file has an error
 * @param errors one line per error, {@code FILE: ERROR CODE at POINTER: message}
 * @param fileCount how many files were read
 */
public record ValidatedDescriptors(List<Workflow> workflows, List<String> errors, int fileCount) {

  /** Copies the lists. */
  public ValidatedDescriptors {
    workflows = List.copyOf(workflows);
    errors = List.copyOf(errors);
  }

  /**
   * Reads and validates every file; no files, or two files with the same tag, are a usage error (exit 2).
   */
  public static ValidatedDescriptors of(List<DescriptorFile> files) {
    return of(files, WorkflowValidator.standard());
  }

  /** {@link #of(List)} with {@code validator}, such as the standard one with a project's own rules. */
  public static ValidatedDescriptors of(List<DescriptorFile> files, WorkflowValidator validator) {
    if (files.isEmpty()) {
      throw CliException.usage("no descriptor files (*.yaml, *.yml, *.json) to push");
    }
    List<Workflow> workflows = new ArrayList<>();
    List<DescriptorFile> readable = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (DescriptorFile file : files) {
      Checked checked = Descriptors.check(file, validator);
      for (Violation violation : checked.violations()) {
        if (violation.isError()) {
          errors.add(file.displayName() + ": " + violation);
        }
      }
      workflows.add(checked.workflow());
      readable.add(file);
    }
    if (!errors.isEmpty()) {
      return new ValidatedDescriptors(List.of(), errors, files.size());
    }
    Descriptors.requireDistinctTags(readable, workflows);
    return new ValidatedDescriptors(workflows, errors, files.size());
  }

  /** Whether no file has an error. */
  public boolean isValid() {
    return errors.isEmpty();
  }

  /** {@code N errors in M files; nothing pushed}. */
  public String summary() {
    return nothingPushed(errors.size(), fileCount);
  }

  /** {@code N errors in M files; nothing pushed}: why a push stopped before sending anything. */
  public static String nothingPushed(int errors, int files) {
    return Plural.of(errors, "error") + " in " + Plural.of(files, "file") + "; nothing pushed";
  }
}
