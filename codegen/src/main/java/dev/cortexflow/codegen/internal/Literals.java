package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.cortexflow.model.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Java literals for one generated class: strings as ordinary literals, or as text blocks when they span several
 * lines (scripts, payloads, JQ programs); and the one private helper a class may need, for ordered JSON objects.
 */
public final class Literals {

  /** Name of the helper that builds an ordered JSON object from key, value, key, value, … */
  static final String OBJECT_HELPER = "jsonObject";

  private boolean objectHelper;

  /** A string literal; a text block when the text has several lines and nothing a text block cannot hold. */
  public CodeBlock string(String text) {
    int newline = text.indexOf('\n');
    if (newline < 0 || newline == text.length() - 1 || !textBlockSafe(text)) {
      return CodeBlock.of("$S", text);
    }
    return CodeBlock.of("$L", textBlock(text));
  }

  void needObjectHelper() {
    objectHelper = true;
  }

  /** The helper methods the emitted code calls, to add to the generated class. */
  public java.util.List<MethodSpec> helpers() {
    if (!objectHelper) {
      return java.util.List.of();
    }
    ClassName json = ClassName.get(JsonValue.class);
    return java.util.List.of(MethodSpec.methodBuilder(OBJECT_HELPER)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(json)
        .addParameter(Object[].class, "members")
        .varargs()
        .addJavadoc("A JSON object whose members keep the given order: key, value, key, value, …\n")
        .addStatement("$T map = new $T<>()",
            ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), json),
            LinkedHashMap.class)
        .beginControlFlow("for (int i = 0; i < members.length; i += 2)")
        .addStatement("map.put((String) members[i], ($T) members[i + 1])", json)
        .endControlFlow()
        .addStatement("return $T.object(map)", json)
        .build());
  }

  private static boolean textBlockSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' && c != '\n' && c != '\t' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /**
   * Renders a text block holding exactly {@code text}: backslashes and quote runs escaped, trailing blanks
   * protected from stripping, the closing delimiter on its own line (so the text's own indentation is kept) and
   * a final line break only when the text has one.
   */
  static String textBlock(String text) {
    boolean finalNewline = text.endsWith("\n");
    String body = finalNewline ? text.substring(0, text.length() - 1) : text;
    StringBuilder out = new StringBuilder("\"\"\"\n");
    for (String raw : body.split("\n", -1)) {
      String line = raw.replace("\\", "\\\\");
      if (line.contains("\"\"\"")) {
        line = line.replace("\"", "\\\"");
      }
      out.append(protectTrailingBlank(line)).append('\n');
    }
    if (!finalNewline) {
      out.setLength(out.length() - 1);
      out.append("\\\n");
    }
    return out.append("\"\"\"").toString();
  }

  private static String protectTrailingBlank(String line) {
    if (line.endsWith(" ")) {
      return line.substring(0, line.length() - 1) + "\\s";
    }
    if (line.endsWith("\t")) {
      return line.substring(0, line.length() - 1) + "\\t";
    }
    return line;
  }
}
