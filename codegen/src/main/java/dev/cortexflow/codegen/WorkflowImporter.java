package dev.cortexflow.codegen;

import com.palantir.javapoet.ClassName;
import dev.cortexflow.codegen.internal.Catalogue;
import dev.cortexflow.codegen.internal.Naming;
import dev.cortexflow.codegen.internal.WorkflowImport;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.yaml.ReadResult;
import dev.cortexflow.yaml.WorkflowReader;
import dev.cortexflow.yaml.WorkflowYamlException;
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
 * <pre>{@code
 * ImportResult result = WorkflowImporter.builder()
 *     .packageName("com.acme.workflows")
 *     .build()
 *     .importPaths(List.of(Path.of("workflows/")));
 * result.warnings().forEach(System.err::println);
 * result.writeTo(Path.of("src/main/java"));
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
   * files, in path order).
   *
   * @throws CodegenException naming the file when one cannot be read or is not a descriptor
   * @throws UncheckedIOException when a folder cannot be listed
   */
  public ImportResult importPaths(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    List<Input> inputs = new ArrayList<>();
    for (Path path : paths) {
      for (Path file : files(path)) {
        inputs.add(read(file));
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
    List<Input> inputs = new ArrayList<>();
    workflows.forEach(w -> inputs.add(new Input(source, Objects.requireNonNull(w, "workflow"), List.of())));
    return run(inputs);
  }

  private ImportResult run(List<Input> inputs) {
    Naming classNames = new Naming(List.of());
    Optional<Catalogue> catalogue = bindings ? Optional.of(Catalogue.bundled()) : Optional.empty();
    List<JavaSource> sources = new ArrayList<>();
    List<ImportWarning> warnings = new ArrayList<>();
    for (Input input : inputs) {
      ClassName target = ClassName.get(packageName,
          classNames.allocateClassName(input.workflow().tag(), new Object()));
      WorkflowImport.Result result;
      try {
        result = WorkflowImport.run(input.workflow(), target, input.source(), input.violations(), catalogue);
      } catch (RuntimeException e) {
        throw new CodegenException(input.source(), "", "cannot import workflow '" + input.workflow().tag()
            + "': " + e, e);
      }
      sources.add(result.source());
      result.warnings().forEach(w -> warnings.add(new ImportWarning(input.source(), w)));
    }
    return new ImportResult(sources, warnings);
  }

  private record Input(String source, Workflow workflow, List<Violation> violations) {}

  private static Input read(Path file) {
    ReadResult result;
    try {
      result = WorkflowReader.read(file);
    } catch (WorkflowYamlException e) {
      throw new CodegenException(file.toString(), "", e.getMessage(), e);
    }
    Workflow workflow = result.workflow().orElseThrow(() -> new CodegenException(file.toString(), "",
        "is no workflow descriptor" + result.errors().stream().findFirst().map(v -> ": " + v).orElse("")));
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
        throw new IllegalStateException("packageName is not set");
      }
      return new WorkflowImporter(this);
    }
  }
}
