package dev.cortexflow.cli.internal;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.model.Workflow;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
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

  private final List<Path> entries;
  private final URLClassLoader loader;

  private WorkflowSourceScanner(List<Path> entries, URLClassLoader loader) {
    this.entries = entries;
    this.loader = loader;
  }

  /** A scanner over {@code classpath} (entries separated by the platform's path separator). */
  public static WorkflowSourceScanner of(CliContext context, String classpath) {
    List<Path> entries = new ArrayList<>();
    List<URL> urls = new ArrayList<>();
    for (String part : classpath.split(File.pathSeparator)) {
      if (part.isBlank()) {
        continue;
      }
      Path entry = context.resolve(Path.of(part));
      if (!Files.exists(entry)) {
        throw CliException.usage("classpath entry '" + part + "' does not exist");
      }
      entries.add(entry);
      try {
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw CliException.usage("classpath entry '" + part + "' is not a valid path", e);
      }
    }
    if (entries.isEmpty()) {
      throw CliException.usage("the classpath is empty: give folders of classes or jars");
    }
    return new WorkflowSourceScanner(List.copyOf(entries),
        new URLClassLoader(urls.toArray(URL[]::new), WorkflowSource.class.getClassLoader()));
  }

  /** The workflow source classes, by name, inside {@code packagePrefix} when given. */
  public List<Class<? extends WorkflowSource>> sources(Optional<String> packagePrefix) {
    TreeSet<String> names = new TreeSet<>();
    for (Path entry : entries) {
      names.addAll(Files.isDirectory(entry) ? classNamesInFolder(entry) : classNamesInJar(entry));
    }
    List<Class<? extends WorkflowSource>> sources = new ArrayList<>();
    for (String name : names) {
      if (packagePrefix.map(p -> name.startsWith(p + ".")).orElse(true)) {
        load(name).ifPresent(sources::add);
      }
    }
    return sources;
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

  @Override
  public void close() throws IOException {
    loader.close();
  }

  private Optional<Class<? extends WorkflowSource>> load(String name) {
    Class<?> type;
    try {
      type = Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
    if (!WorkflowSource.class.isAssignableFrom(type) || type.isInterface()
        || Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())
        || (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers()))
        || !hasPublicNoArgConstructor(type)) {
      return Optional.empty();
    }
    return Optional.of(type.asSubclass(WorkflowSource.class));
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
