package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.NameAllocator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns Cortex names (tags, slugs, input keys) into Java identifiers: camel case, never a keyword, never a leading
 * digit, never a clash with a name already given out in the same scope (clashes get {@code 2}, {@code 3}, …).
 * One instance is one scope; it wraps JavaPoet's {@link NameAllocator} so emitters can look names up by tag.
 */
public final class Naming {

  /** Simple names of java.lang types that generated code refers to, or that would confuse a reader as class names. */
  private static final Set<String> JAVA_LANG = Set.of("Object", "String", "Class", "Override", "Boolean", "Integer",
      "Long", "Number", "Math", "System", "Record", "Enum", "Void", "Character", "Byte", "Short", "Float", "Double",
      "Iterable", "Runnable", "Thread", "Exception", "Error", "Deprecated", "SuppressWarnings", "Module", "Package");

  private final NameAllocator allocator = new NameAllocator();
  private final Set<String> used = new HashSet<>();
  private final boolean ignoreCase;

  /** Creates a scope in which the given names are already taken. */
  public Naming(Iterable<String> reserved) {
    this(reserved, false);
  }

  private Naming(Iterable<String> reserved, boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
    for (String name : reserved) {
      used.add(key(name));
      allocator.newName(name, new Object());
    }
  }

  /**
   * Gives out a name for {@code suggestion} (already camel-cased) and remembers it under {@code tag}.
   *
   * @return the suggestion, or the suggestion made valid and unique
   */
  public String allocate(String suggestion, Object tag) {
    String base = NameAllocator.toJavaIdentifier(suggestion);
    if (SourceVersion.isKeyword(base, SourceVersion.RELEASE_17) || base.equals("_")) {
      base = base + "_";
    }
    String candidate = base;
    for (int n = 2; used.contains(key(candidate)); n++) {
      candidate = base + n;
    }
    used.add(key(candidate));
    return allocator.newName(candidate, tag);
  }

  /**
   * A scope for the classes of one package, where names that differ only in case clash too: their files would be
   * one file on a case-insensitive file system ({@code DeployService} and {@code Deployservice} get
   * {@code DeployService} and {@code Deployservice2}).
   */
  public static Naming classNames() {
    return new Naming(List.of(), true);
  }

  private String key(String name) {
    return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
  }

  /** Returns the name given out for {@code tag}. */
  public String get(Object tag) {
    return allocator.get(tag);
  }

  /** Gives out a class name for a workflow tag or action operation: upper camel, a letter first, no java.lang name. */
  public String allocateClassName(String raw, Object tag) {
    return allocate(classNameFor(raw), tag);
  }

  /** The class name {@link #allocateClassName} starts from, before clashes are resolved. */
  public static String classNameFor(String raw) {
    String name = upperCamel(raw);
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name = "Workflow" + name;
    } else if (JAVA_LANG.contains(name)) {
      name = name + "Workflow";
    }
    return name;
  }

  /** {@code new_branch} → {@code newBranch}, {@code API_KEY} → {@code apiKey}, {@code 2fa-reset} → {@code 2faReset}. */
  public static String lowerCamel(String raw) {
    String upper = upperCamel(raw);
    if (upper.isEmpty()) {
      return upper;
    }
    return Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
  }

  /** {@code new_branch} → {@code NewBranch}, {@code createBranch} → {@code CreateBranch}. */
  public static String upperCamel(String raw) {
    StringBuilder out = new StringBuilder();
    for (String word : words(raw)) {
      String w = word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word;
      out.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
    }
    return out.toString();
  }

  private static List<String> words(String raw) {
    List<String> words = new ArrayList<>();
    for (String word : raw.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
