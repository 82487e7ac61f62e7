package dev.cortexflow.codegen;

import com.palantir.javapoet.ClassName;
import dev.cortexflow.codegen.internal.Catalogue;
import dev.cortexflow.codegen.internal.Naming;
import dev.cortexflow.codegen.internal.WorkflowImport;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.ViolationCode;
import dev.cortexflow.codec.ReadResult;
import dev.cortexflow.codec.WorkflowReader;
import dev.cortexflow.codec.WorkflowYamlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * Imports Cortex workflow descriptors (YAML or JSON files, folders of them, or workflows already read, such as
 * those of a live workspace) into Java source: one {@code WorkflowSource} class per workflow, written with the
 * fluent DSL, typed references and the generated integration bindings.
 *
 * <pre class="compilable">{@code
 * ImportResult result = WorkflowImporter.builder()
 *     .packageName("com.acme.workflows")
 *     .build()
 *     .importPaths(List.of(Path.of("workflows/")));
 * result.warnings().forEach(System.err::println);
 * result.failures().forEach(System.err::println);
 * result.writeTo(Path.of("src/main/java"), false);
 * }</pre>
 *
 * <p>Class names come from the workflow tags ({@code deploy-service} → {@code DeployService}); tags that are no
 * Java name ({@code 2fa-reset}, {@code class}) and clashes get safe names ({@code Workflow2faReset},
 * {@code ClassWorkflow}, {@code DeployService2}). The generated code rebuilds each descriptor exactly: what the
 * DSL cannot express goes through its escape hatches ({@code block(slug, name, schema)}, {@code customField}),
 * and a workflow that is invalid, or whose graph the flow builder cannot write, is built with the model API
 * ({@code Workflow.builder()}) with a comment and an {@link ImportWarning}.
 *
 * <p>Immutable and thread-safe; the same input always gives the same sources.
 */
public final class WorkflowImporter {

  /** The longest class name whose file name ({@code Name.java}) file systems accept: 255 bytes. */
  static final int MAX_CLASS_NAME = 250;

  private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  private final String packageName;
  private final boolean bindings;

  private WorkflowImporter(Builder builder) {
    this.packageName = builder.packageName;
    this.bindings = builder.bindings;
  }

  /** Returns a new builder; {@link Builder#packageName(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports descriptor files and folders (searched recursively for {@code .yaml}, {@code .yml} and {@code .json}
   * files, in path order). A file that cannot be read, is no descriptor, or holds a value reading had to replace
   * (an {@code INVALID_VALUE} error, such as a lone surrogate or a wrongly typed field) is skipped and listed in
   * {@link ImportResult#failures()}; the other files are still imported.
   *
   * @throws UncheckedIOException when a folder cannot be listed
   */
  public ImportResult importPaths(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    List<Object> inputs = new ArrayList<>();
    for (Path path : paths) {
      for (Path file : files(path)) {
        try {
          inputs.add(read(file));
        } catch (CodegenException e) {
          inputs.add(new ImportFailure(file.toString(), e.pointer().isEmpty() ? e.problem()
              : "at " + e.pointer() + ": " + e.problem()));
        }
      }
    }
    return run(inputs);
  }

  /**
   * Imports workflows already read, for example from a live workspace through the client; {@code source} names
   * where they came from in comments and warnings (such as {@code workspace https://api.getcortexapp.com}).
   */
  public ImportResult importWorkflows(List<Workflow> workflows, String source) {
    Objects.requireNonNull(workflows, "workflows");
    Objects.requireNonNull(source, "source");
    List<Object> inputs = new ArrayList<>();
    workflows.forEach(w -> inputs.add(new Input(source, Objects.requireNonNull(w, "workflow"), List.of())));
    return run(inputs);
  }

  /** Imports each {@link Input}; an {@link ImportFailure} among them stands for a file that could not be read. */
  private ImportResult run(List<Object> items) {
    List<ImportFailure> failures = new ArrayList<>();
    Naming classNames = Naming.classNames();
    Optional<Catalogue> catalogue = bindings ? Optional.of(Catalogue.bundled()) : Optional.empty();
    List<JavaSource> sources = new ArrayList<>();
    List<ImportWarning> warnings = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof ImportFailure failure) {
        failures.add(failure);
        continue;
      }
      Input input = (Input) item;
      String tag = input.workflow().tag();
      String suggestion = Naming.classNameFor(tag);
      if (suggestion.length() > MAX_CLASS_NAME) {
        failures.add(new ImportFailure(input.source(), "cannot import workflow '" + shortened(tag) + "': its class"
            + " name would have " + suggestion.length() + " characters, and a file name allows " + MAX_CLASS_NAME
            + " (with '.java'); shorten the tag"));
        continue;
      }
      ClassName target = ClassName.get(packageName, classNames.allocateClassName(tag, new Object()));
      WorkflowImport.Result result;
      try {
        result = WorkflowImport.run(input.workflow(), target, input.source(), input.violations(), catalogue);
      } catch (RuntimeException e) {
        failures.add(new ImportFailure(input.source(), "cannot import workflow '" + shortened(tag) + "': "
            + firstLine(e.getMessage()) + " (an importer fault: please report it with the descriptor)"));
        continue;
      }
      sources.add(result.source());
      result.warnings().forEach(w -> warnings.add(new ImportWarning(input.source(), w)));
    }
    return new ImportResult(sources, warnings, failures);
  }

  private static String shortened(String tag) {
    return tag.length() > 40 ? tag.substring(0, 37) + "..." : tag;
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "the importer failed";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private record Input(String source, Workflow workflow, List<Violation> violations) {}

  private static Input read(Path file) {
    ReadResult result;
    try {
      result = WorkflowReader.read(file);
    } catch (WorkflowYamlException e) {
      String message = e.getMessage();
      java.util.regex.Matcher at = Pattern.compile(":(\\d+):(\\d+): (.*)", Pattern.DOTALL)
          .matcher(message.startsWith(file.toString()) ? message.substring(file.toString().length()) : "");
      String problem = at.matches() ? "line " + at.group(1) + ", column " + at.group(2) + ": " + at.group(3)
          : message.startsWith(file + ": ") ? message.substring(file.toString().length() + 2) : message;
      throw new CodegenException(file.toString(), "", problem, e);
    }
    Workflow workflow = result.workflow();
    Optional<Violation> replaced = result.errors().stream()
        .filter(v -> v.code() == ViolationCode.INVALID_VALUE).findFirst();
    if (replaced.isPresent()) {
      throw new CodegenException(file.toString(), replaced.get().pointer(), "not imported, since reading had to"
          + " drop or replace a value: " + replaced.get().message() + "; fix the descriptor and import again");
    }
    return new Input(file.toString(), workflow, result.violations());
  }

  private static List<Path> files(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")
              || f.toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list '" + path + "': " + e.getMessage(), e);
    }
  }

  /** Configures a {@link WorkflowImporter}. Single-use and not thread-safe. */
  public static final class Builder {

    private String packageName;
    private boolean bindings = true;

    private Builder() {}

    /**
     * Sets the package of the generated classes, such as {@code com.acme.workflows} (required).
     *
     * @throws IllegalArgumentException when it is no Java package name
     */
    public Builder packageName(String packageName) {
      Objects.requireNonNull(packageName, "packageName");
      boolean keyword = Stream.of(packageName.split("\\.")).anyMatch(SourceVersion::isKeyword);
      if (!PACKAGE.matcher(packageName).matches() || keyword) {
        throw new IllegalArgumentException("package '" + packageName + "' is not valid: use dotted Java names");
      }
      this.packageName = packageName;
      return this;
    }

    /**
     * Whether integration actions with a catalogued {@code actionIdentifier} are written with their generated
     * binding ({@code CreateBranch.builder()…}); default {@code true}. When {@code false} they are written with
     * {@code integrationAction(...)} and string keys.
     */
    public Builder useBindings(boolean useBindings) {
      this.bindings = useBindings;
      return this;
    }

    /**
     * Returns the importer.
     *
     * @throws IllegalStateException when no package name was set
     */
    public WorkflowImporter build() {
      if (packageName == null) {
        throw new IllegalStateException(
            "the package of the imported classes is not set: call packageName(\"com.example.workflows\")");
      }
      return new WorkflowImporter(this);
    }
  }
}
