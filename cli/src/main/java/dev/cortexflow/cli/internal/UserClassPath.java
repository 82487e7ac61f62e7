package dev.cortexflow.cli.internal;

import dev.cortexflow.validate.WorkflowRule;
import dev.cortexflow.validate.WorkflowValidator;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceConfigurationError;

/**
 * A user's class path (folders of classes and jars, separated by the platform's path separator) as a class loader
 * whose parent is the CLI's own, so the user's classes see the same DSL. The organisation rules registered for
 * {@link java.util.ServiceLoader} are looked up on the user's entries only: the CLI's own class path (which holds
 * the examples) registers none.
 */
public final class UserClassPath implements AutoCloseable {

  private static final String RULES = "META-INF/services/" + WorkflowRule.class.getName();

  private final String option;
  private final String classpath;
  private final List<Path> entries;
  private final URLClassLoader loader;

  private UserClassPath(String option, String classpath, List<Path> entries, URLClassLoader loader) {
    this.option = option;
    this.classpath = classpath;
    this.entries = entries;
    this.loader = loader;
  }

  /**
   * The class path given with {@code option}; a missing entry or an empty class path is a usage error.
   *
   * @param option how messages name the class path, e.g. {@code classpath} or {@code --rules}
   */
  public static UserClassPath of(CliContext context, String classpath, String option) {
    List<Path> entries = new ArrayList<>();
    List<URL> urls = new ArrayList<>();
    for (String part : classpath.split(File.pathSeparator)) {
      if (part.isBlank()) {
        continue;
      }
      Path entry = context.resolve(Path.of(part));
      if (!Files.exists(entry)) {
        throw CliException.usage(option + " entry '" + part + "' does not exist");
      }
      entries.add(entry);
      try {
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw CliException.usage(option + " entry '" + part + "' is not a valid path", e);
      }
    }
    if (entries.isEmpty()) {
      throw CliException.usage("the " + option + " is empty: give folders of classes or jars");
    }
    ClassLoader parent = new WithoutOwnRules(UserClassPath.class.getClassLoader());
    return new UserClassPath(option, classpath, List.copyOf(entries),
        new URLClassLoader(urls.toArray(URL[]::new), parent));
  }

  /** The folders and jars, resolved against the working folder. */
  public List<Path> entries() {
    return entries;
  }

  /** The class loader over the entries. */
  public ClassLoader loader() {
    return loader;
  }

  /**
   * {@code base} (the standard validator, or the one allowing unknown types) with every rule registered on this
   * class path; a registration that cannot be loaded is a usage error naming the class path.
   */
  public WorkflowValidator validator(WorkflowValidator base) {
    try {
      return base.withRulesFrom(loader);
    } catch (ServiceConfigurationError e) {
      throw CliException.usage(option + " '" + classpath + "': cannot load its rules: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }

  /** The CLI's class loader without its own rule registrations. */
  private static final class WithoutOwnRules extends ClassLoader {

    WithoutOwnRules(ClassLoader parent) {
      super(parent);
    }

    @Override
    public URL getResource(String name) {
      return RULES.equals(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return RULES.equals(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }
  }
}
