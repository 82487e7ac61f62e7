package dev.cortexflow.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.Workflows;
import dev.cortexflow.expr.Expr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One static import of each entry class, and the JDK's everyday imports, never shadow another name. */
class EntryClassNamesTest {

  private static final List<Class<?>> ENTRY_CLASSES = List.of(Blocks.class, Inputs.class, Expr.class);
  private static final List<String> JDK_PACKAGES =
      List.of("java.lang", "java.util", "java.util.function", "java.nio.file", "java.io", "java.net");

  private static Set<String> staticMethodNames(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() == type) {
        names.add(method.getName());
      }
    }
    return names;
  }

  @Test
  void no_two_entry_classes_have_a_static_method_of_one_name() {
    List<String> clashes = new ArrayList<>();
    for (int i = 0; i < ENTRY_CLASSES.size(); i++) {
      for (int j = i + 1; j < ENTRY_CLASSES.size(); j++) {
        Set<String> shared = new TreeSet<>(staticMethodNames(ENTRY_CLASSES.get(i)));
        shared.retainAll(staticMethodNames(ENTRY_CLASSES.get(j)));
        for (String name : shared) {
          clashes.add(ENTRY_CLASSES.get(i).getSimpleName() + "." + name + " / "
              + ENTRY_CLASSES.get(j).getSimpleName() + "." + name);
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void no_public_type_of_the_dsl_has_the_simple_name_of_an_everyday_jdk_type() throws URISyntaxException {
    List<String> clashes = new ArrayList<>();
    for (Class<?> member : List.of(Workflows.class, Blocks.class, Expr.class)) {
      String pkg = member.getPackageName();
      for (String simpleName : topLevelClassesBeside(member)) {
        Class<?> type = load(pkg + "." + simpleName);
        if (type == null || !Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        for (String jdk : JDK_PACKAGES) {
          if (load(jdk + "." + simpleName) != null) {
            clashes.add(pkg + "." + simpleName + " / " + jdk + "." + simpleName);
          }
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void the_checks_see_the_dsl_types() throws URISyntaxException {
    assertThat(topLevelClassesBeside(Blocks.class)).contains("PathFlow", "Blocks", "BlockRef");
    assertThat(topLevelClassesBeside(Expr.class)).contains("Ref", "Template");
    assertThat(topLevelClassesBeside(Workflows.class)).contains("Workflows");
    assertThat(staticMethodNames(Expr.class)).contains("jqTemplate", "jsTemplate", "secretRef", "template");
  }

  /**
   * The top-level classes of {@code member}'s package in the class folder or jar that holds it (the builder's and
   * the references' are in different modules).
   */
  private static List<String> topLevelClassesBeside(Class<?> member) throws URISyntaxException {
    Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    String folder = member.getPackageName().replace('.', '/');
    if (Files.isDirectory(location)) {
      return topLevelClasses(location.resolve(folder));
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return topLevelClasses(jar.getPath(folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> topLevelClasses(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, EntryClassNamesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
