package dev.cortexflow.cli.internal;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.env.Environment;
import dev.cortexflow.env.WorkflowEnvironments;
import dev.cortexflow.model.Workflow;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the {@link WorkflowSource} classes on a user's classpath (folders of classes and jars): public, concrete,
 * with a public no-arg constructor, optionally inside one package. Classes are loaded without initialising them,
 * in name order, through a class loader whose parent is the CLI's own, so the user's classes see the same DSL.
 */
public final class WorkflowSourceScanner implements AutoCloseable {

  private final UserClassPath classpath;

  private WorkflowSourceScanner(UserClassPath classpath) {
    this.classpath = classpath;
  }

  /** A scanner over {@code classpath} (entries separated by the platform's path separator). */
  public static WorkflowSourceScanner of(CliContext context, String classpath) {
    return new WorkflowSourceScanner(UserClassPath.of(context, classpath, "classpath"));
  }

  /**
   * {@code base} (the standard validator, or the one allowing unknown types) with the rules registered on the class
   * path for {@link java.util.ServiceLoader} (in {@code META-INF/services/dev.cortexflow.validate.WorkflowRule}).
   */
  public dev.cortexflow.validate.WorkflowValidator validator(dev.cortexflow.validate.WorkflowValidator base) {
    return classpath.validator(base);
  }

  /** The workflow source classes, by name, inside {@code packagePrefix} when given. */
  public List<Class<? extends WorkflowSource>> sources(Optional<String> packagePrefix) {
    List<Class<? extends WorkflowSource>> sources = new ArrayList<>();
    for (String name : classNames()) {
      if (packagePrefix.map(p -> name.startsWith(p + ".")).orElse(true)) {
        load(name, WorkflowSource.class).ifPresent(sources::add);
      }
    }
    return sources;
  }

  private TreeSet<String> classNames() {
    TreeSet<String> names = new TreeSet<>();
    for (Path entry : classpath.entries()) {
      names.addAll(Files.isDirectory(entry) ? classNamesInFolder(entry) : classNamesInJar(entry));
    }
    return names;
  }

  /** Creates an instance through the public no-arg constructor. */
  public static WorkflowSource instantiate(Class<? extends WorkflowSource> type) throws ReflectiveOperationException {
    return type.getConstructor().newInstance();
  }

  /**
   * The workflows of {@code source}; a source that gives back null (instead of failing inside
   * {@code List.of} with a bare NullPointerException) is a failure saying which method did.
   */
  public static List<Workflow> workflowsOf(WorkflowSource source) throws ReflectiveOperationException {
    boolean onlyWorkflow =
        source.getClass().getMethod("workflows").getDeclaringClass().equals(WorkflowSource.class);
    List<Workflow> workflows = onlyWorkflow ? Collections.singletonList(source.workflow()) : source.workflows();
    String method = onlyWorkflow ? "workflow()" : "workflows()";
    if (workflows == null || workflows.stream().anyMatch(Objects::isNull)) {
      throw CliException.failure(method + " returned null: return the built Workflow");
    }
    return workflows;
  }

  /**
   * The workflows of {@code source} in {@code environment}: those of {@link #workflowsOf(WorkflowSource)} when the
   * source is the same in every environment, else those of its {@code workflows(Environment)}, checked the same
   * way.
   */
  public static List<Workflow> workflowsOf(WorkflowSource source, Environment environment)
      throws ReflectiveOperationException {
    if (source.getClass().getMethod("workflows", Environment.class).getDeclaringClass()
        .equals(WorkflowSource.class)) {
      return workflowsOf(source);
    }
    List<Workflow> workflows = WorkflowEnvironments.workflowsOf(source, environment);
    if (workflows == null || workflows.stream().anyMatch(Objects::isNull)) {
      throw CliException.failure("workflows(Environment) returned null in environment '" + environment.name()
          + "': return the built workflows, or an empty list where the workflow does not exist");
    }
    return workflows;
  }

  /**
   * The project's environments: those of the one public {@link WorkflowEnvironments} class with a public no-arg
   * constructor on the class path, empty when there is none; two such classes, or a declaration that fails, are a
   * usage error.
   */
  public Optional<List<Environment>> environments() {
    List<Class<? extends WorkflowEnvironments>> found = new ArrayList<>();
    for (String name : classNames()) {
      load(name, WorkflowEnvironments.class).ifPresent(found::add);
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (found.size() > 1) {
      throw CliException.usage("the classpath declares environments in " + found.size() + " classes ("
          + String.join(", ", found.stream().map(Class::getName).toList()) + "): keep one WorkflowEnvironments class");
    }
    Class<? extends WorkflowEnvironments> type = found.get(0);
    try {
      return Optional.of(WorkflowEnvironments.of(type.getConstructor().newInstance()));
    } catch (InvocationTargetException e) {
      throw CliException.usage(type.getName() + ": cannot declare its environments: " + e.getCause(), e);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw CliException.usage(type.getName() + ": cannot declare its environments: " + e, e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw CliException.usage(e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    classpath.close();
  }

  private <T> Optional<Class<? extends T>> load(String name, Class<T> kind) {
    Class<?> type;
    try {
      type = Class.forName(name, false, classpath.loader());
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
    if (!kind.isAssignableFrom(type) || type.isInterface()
        || Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())
        || (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers()))
        || !hasPublicNoArgConstructor(type)) {
      return Optional.empty();
    }
    return Optional.of(type.asSubclass(kind));
  }

  private static boolean hasPublicNoArgConstructor(Class<?> type) {
    for (Constructor<?> constructor : type.getConstructors()) {
      if (constructor.getParameterCount() == 0) {
        return true;
      }
    }
    return false;
  }

  private static List<String> classNamesInFolder(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> className(folder.relativize(f).toString().replace(File.separatorChar, '/')))
          .flatMap(Optional::stream)
          .toList();
    } catch (IOException e) {
      throw CliException.usage("cannot read classpath folder '" + folder + "': " + e.getMessage(), e);
    }
  }

  private static List<String> classNamesInJar(Path jar) {
    List<String> names = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> jarEntries = file.entries();
      while (jarEntries.hasMoreElements()) {
        className(jarEntries.nextElement().getName()).ifPresent(names::add);
      }
    } catch (IOException e) {
      throw CliException.usage("cannot read classpath jar '" + jar + "': " + e.getMessage(), e);
    }
    return names;
  }

  private static Optional<String> className(String resource) {
    if (!resource.endsWith(".class") || resource.startsWith("META-INF/") || resource.endsWith("module-info.class")
        || resource.endsWith("package-info.class")) {
      return Optional.empty();
    }
    return Optional.of(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
  }
}
