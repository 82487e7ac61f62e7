package dev.cortexflow.cli.internal;

import dev.cortexflow.client.sync.SourceFile;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowValidator;
import dev.cortexflow.codec.ReadOptions;
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowJson;
import dev.cortexflow.codec.WorkflowReader;
import dev.cortexflow.codec.WorkflowYamlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads descriptor files into workflows and checks them: read-time and validator violations together. */
public final class Descriptors {

  private Descriptors() {}

  /** A file read and validated: the workflow read from it, and every violation found. */
  public record Checked(DescriptorFile file, Workflow workflow, List<Violation> violations) {

    /** Whether any violation is an ERROR. */
    public boolean hasErrors() {
      return violations.stream().anyMatch(Violation::isError);
    }
  }

  /** Reads {@code file}; malformed or hostile input is a usage error naming the file. */
  public static ReadResult read(DescriptorFile file, ReadOptions options) {
    String text = file.readText();
    try {
      return WorkflowReader.read(text, file.displayName(), options);
    } catch (WorkflowYamlException e) {
      throw CliException.usage(unreadable(file, e), e);
    }
  }

  /** Reads {@code file} and runs the standard validator over what could be read. */
  public static Checked check(DescriptorFile file) {
    return check(file, new HashMap<>());
  }

  /** Reads {@code file} and runs {@code validator} over what could be read. */
  public static Checked check(DescriptorFile file, WorkflowValidator validator) {
    return check(file, new HashMap<>(), validator);
  }

  /**
   * Reads {@code file} and runs the standard validator over what could be read, as one file of a set: when an
   * earlier file of {@code firstWithTag} has the workflow's tag, a DUPLICATE_TAG error names it; otherwise the
   * file is recorded as the first with its tag.
   */
  public static Checked check(DescriptorFile file, Map<String, DescriptorFile> firstWithTag) {
    return check(file, firstWithTag, WorkflowValidator.standard());
  }

  /**
   * {@link #check(DescriptorFile, Map)} with {@code validator} instead of the standard one; the file is read as
   * leniently as the validator judges ({@link #readOptions(boolean)} of
   * {@link WorkflowValidator#allowsUnknownTypes()}), so that reader and validator agree on unknown types.
   */
  public static Checked check(DescriptorFile file, Map<String, DescriptorFile> firstWithTag,
      WorkflowValidator validator) {
    ReadResult result = read(file, readOptions(validator.allowsUnknownTypes()));
    List<Violation> found = new ArrayList<>(result.violations());
    Workflow workflow = result.workflow();
    WorkflowJson.sizeViolation(workflow).ifPresent(found::add);
    if (!workflow.tag().isEmpty()) {
      DescriptorFile earlier = firstWithTag.putIfAbsent(workflow.tag(), file);
      if (earlier != null) {
        found.add(WorkflowValidator.duplicateTag(workflow.tag(), "'" + earlier.displayName() + "'"));
      }
    }
    return new Checked(file, workflow, validator.validate(workflow, found).violations());
  }

  /** The reading options of a command: the defaults, allowing unknown types when {@code allowUnknownTypes}. */
  public static ReadOptions readOptions(boolean allowUnknownTypes) {
    return allowUnknownTypes ? ReadOptions.defaults().allowingUnknownTypes() : ReadOptions.defaults();
  }

  /**
   * Reads every file into a workflow to compare with a live workspace, failing (exit 2) at the first file that
   * cannot be read or whose reading has an ERROR (a missing or wrongly typed field, a type cortexflow does not know
   * unless {@code allowUnknownTypes}): a push would refuse it, so its plan would mislead.
   */
  public static List<Workflow> readComparable(List<DescriptorFile> files, boolean allowUnknownTypes) {
    List<Workflow> workflows = new ArrayList<>();
    for (DescriptorFile file : files) {
      ReadResult result = read(file, readOptions(allowUnknownTypes));
      Optional<Violation> error = result.errors().stream().findFirst();
      if (error.isPresent()) {
        throw CliException.usage("cannot compare '" + file.displayName() + "': "
            + error.get()
            + (result.errors().size() > 1 ? " (and " + Plural.of(result.errors().size() - 1, "more error") + ")" : "")
            + "; see them all with 'cortexflow validate " + file.displayName() + "'");
      }
      workflows.add(result.workflow());
    }
    return List.copyOf(workflows);
  }

  /**
   * Reads {@code file} into a workflow; malformed or hostile input is a usage error (exit 2) naming the file.
   * Read-time violations do not fail here: {@link #check(DescriptorFile)} reports them.
   */
  public static Workflow readWorkflow(DescriptorFile file) {
    return read(file, ReadOptions.defaults()).workflow();
  }

  /**
   * The file of each workflow, by tag, for plans whose diffs point at the files; {@code workflows} holds the workflow
   * of each file, in the same order. Empty when the lists do not pair up.
   */
  public static Map<String, SourceFile> sources(List<DescriptorFile> files, List<Workflow> workflows) {
    Map<String, SourceFile> out = new HashMap<>();
    if (files.size() == workflows.size() && !files.isEmpty()) {
      for (int i = 0; i < files.size(); i++) {
        DescriptorFile file = files.get(i);
        out.putIfAbsent(workflows.get(i).tag(), new SourceFile(file.displayName(), file.readText()));
      }
    }
    return out;
  }

  /**
   * Fails (exit 2) when two of {@code files} define workflows with the same tag, naming both files; {@code workflows}
   * holds the workflow of each file, in the same order.
   */
  public static void requireDistinctTags(List<DescriptorFile> files, List<Workflow> workflows) {
    Map<String, DescriptorFile> byTag = new HashMap<>();
    for (int i = 0; i < workflows.size(); i++) {
      DescriptorFile earlier = byTag.putIfAbsent(workflows.get(i).tag(), files.get(i));
      if (earlier != null) {
        throw CliException.usage("'" + earlier.displayName() + "' and '" + files.get(i).displayName()
            + "' both define workflow '" + workflows.get(i).tag() + "': give each workflow its own tag");
      }
    }
  }

  private static String unreadable(DescriptorFile file, WorkflowYamlException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains(file.displayName()) ? message : "cannot read '" + file.displayName() + "': " + message;
  }
}
