package dev.cortexflow.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The public surface of a set of classes as sorted lines, one per type and one per member: every public or
 * protected type outside {@code ..internal..} packages whose enclosing types are visible too, with its kind,
 * modifiers and supertypes, and its public and protected fields, constructors and methods with their generic
 * types. Synthetic and bridge members are left out. The same classes always give the same lines.
 */
final class ApiSurface {

  private static final Pattern ARRAY = Pattern.compile("(\\[+)L([\\w.$]+);");
  private static final List<JavaModifier> SHOWN = List.of(JavaModifier.ABSTRACT, JavaModifier.FINAL,
      JavaModifier.PROTECTED, JavaModifier.PUBLIC, JavaModifier.STATIC);

  private ApiSurface() {}

  static List<String> of(JavaClasses classes) {
    TreeSet<String> lines = new TreeSet<>();
    for (JavaClass type : classes) {
      if (!visible(type)) {
        continue;
      }
      // the class file marks some top-level types static (records); only a nested type can be
      Set<JavaModifier> modifiers = type.isNestedClass() ? type.getModifiers()
          : type.getModifiers().stream().filter(m -> m != JavaModifier.STATIC).collect(Collectors.toSet());
      lines.add(type.getName() + " " + kind(type) + modifiers(modifiers) + typeParameters(type) + supertypes(type));
      for (JavaField field : type.getFields()) {
        if (exported(field.getModifiers())) {
          lines.add(type.getName() + "#" + field.getName() + " : " + name(field.getType())
              + modifiers(field.getModifiers()));
        }
      }
      for (JavaCodeUnit unit : type.getCodeUnits()) {
        if (exported(unit.getModifiers())) {
          String returns = unit.isConstructor() ? "" : " : " + name(unit.getReturnType());
          lines.add(type.getName() + "#" + typeParameters(unit) + unit.getName() + "(" + names(unit.getParameterTypes())
              + ")" + returns + modifiers(unit.getModifiers()));
        }
      }
    }
    return List.copyOf(lines);
  }

  private static boolean visible(JavaClass type) {
    String pkg = "." + type.getPackageName() + ".";
    if (pkg.contains(".internal.") || type.isAnonymousClass() || type.isLocalClass()
        || type.getSimpleName().equals("package-info") || !exported(type.getModifiers())) {
      return false;
    }
    return type.getEnclosingClass().map(ApiSurface::visible).orElse(true);
  }

  private static boolean exported(Set<JavaModifier> modifiers) {
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE);
  }

  private static String kind(JavaClass type) {
    return type.isAnnotation() ? "annotation" : type.isEnum() ? "enum" : type.isRecord() ? "record"
        : type.isInterface() ? "interface" : "class";
  }

  private static String modifiers(Set<JavaModifier> modifiers) {
    StringBuilder out = new StringBuilder();
    for (JavaModifier shown : SHOWN) {
      if (modifiers.contains(shown)) {
        out.append(' ').append(shown.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out.toString();
  }

  private static String typeParameters(JavaClass type) {
    return type.getTypeParameters().isEmpty() ? "" : " <" + variables(type.getTypeParameters()) + ">";
  }

  private static String typeParameters(JavaCodeUnit unit) {
    return unit.getTypeParameters().isEmpty() ? "" : "<" + variables(unit.getTypeParameters()) + "> ";
  }

  private static String variables(List<? extends JavaTypeVariable<?>> variables) {
    List<String> shown = new ArrayList<>();
    for (JavaTypeVariable<?> variable : variables) {
      List<String> bounds = variable.getUpperBounds().stream().map(JavaType::getName)
          .filter(bound -> !bound.equals("java.lang.Object")).toList();
      shown.add(bounds.isEmpty() ? variable.getName() : variable.getName() + " extends " + String.join(" & ", bounds));
    }
    return String.join(", ", shown);
  }

  private static String supertypes(JavaClass type) {
    List<String> supers = new ArrayList<>();
    type.getSuperclass().map(JavaType::getName).filter(s -> !s.equals("java.lang.Object"))
        .ifPresent(s -> supers.add("extends " + s));
    TreeSet<String> interfaces = type.getInterfaces().stream().map(JavaType::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    if (!interfaces.isEmpty()) {
      supers.add("implements " + String.join(", ", interfaces));
    }
    return supers.isEmpty() ? "" : " " + String.join(" ", supers);
  }

  // a Java array as Java writes it (String[]), not as the class file does ([Ljava.lang.String;)
  private static String name(JavaType type) {
    if (type instanceof JavaClass c && c.isArray()) {
      return name(c.getComponentType()) + "[]";
    }
    Matcher array = ARRAY.matcher(type.getName());
    StringBuilder out = new StringBuilder();
    while (array.find()) {
      array.appendReplacement(out, Matcher.quoteReplacement(array.group(2) + "[]".repeat(array.group(1).length())));
    }
    return array.appendTail(out).toString();
  }

  private static String names(Collection<JavaType> types) {
    return types.stream().map(ApiSurface::name).collect(Collectors.joining(", "));
  }
}
