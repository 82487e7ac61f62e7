package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.cortexflow.expr.Cel;
import dev.cortexflow.expr.Expr;
import dev.cortexflow.expr.HasRef;
import dev.cortexflow.expr.Ref;
import dev.cortexflow.expr.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a descriptor string as Java code in which every reference the string holds is a typed reference
 * expression: Mustache text becomes {@code template("… {} …", ref)}, JQ and JavaScript become
 * {@code Expr.jqTemplate("… {} …", ref)} and {@code Expr.jsTemplate(...)}, literal {@code {}} written as {@code {{}}}, raw tags
 * among escaped ones as {@code raw(ref)}. Where the placeholders cannot say it (braces that would pair up with a
 * placeholder), the literal parts are joined with {@code ref.mustache()}, {@code ref.jq()} and so on. A reference is
 * used only when it renders back to exactly the characters it replaces; anything else stays literal text, so the
 * code always evaluates to the original string.
 */
final class TextCode {

  /** The syntax of a string field, which decides how references are written in it. */
  enum Syntax {
    MUSTACHE, JQ, CEL, JS
  }

  private static final String KEY = "[A-Za-z_][A-Za-z0-9_]*";
  private static final Pattern MUSTACHE = Pattern.compile("\\{\\{\\{([A-Za-z0-9_.\\-]+)}}}|\\{\\{([A-Za-z0-9_.\\-]+)}}");
  private static final Pattern JQ = Pattern.compile(
      "(?<![A-Za-z0-9_\\])\"])\\.(?:actions|variables|context)(?:\\." + KEY + "|\\.\"[^\"{}\\\\]+\")+");
  // a key followed by "(" is a method called on the value ({@code ratio.toFixed(1)}), not a key of it
  private static final Pattern BRACKETED = Pattern.compile(
      "(?<![A-Za-z0-9_.\\]\"$])(?:actions|variables|context)(?:\\." + KEY + "(?![A-Za-z0-9_$(])"
          + "|\\[\"[^\"{}\\\\]+\"])+");

  private final Emission emission;
  private final RefResolver refs;

  TextCode(Emission emission, RefResolver refs) {
    this.emission = emission;
    this.refs = refs;
  }

  /** The code of a string field of the given syntax; its live value is the string itself. */
  Dual text(String text, Syntax syntax) {
    return Dual.of(code(text, syntax), text);
  }

  /** The code of a string field of the given syntax. */
  CodeBlock code(String text, Syntax syntax) {
    return switch (syntax) {
      case MUSTACHE -> mustache(text);
      case JQ -> joined(text, JQ, TextCode::jqKeys, Ref::jq, "jq");
      case CEL -> joined(text, BRACKETED, TextCode::bracketedKeys, Ref::cel, "cel");
      case JS -> joined(text, BRACKETED, TextCode::bracketedKeys, Ref::js, "js");
    };
  }

  /** The reference when the whole text is one HTML-escaped Mustache tag, such as {@code {{variables.repo}}}. */
  Optional<RefResolver.Resolved> wholeMustache(String text) {
    Matcher m = MUSTACHE.matcher(text);
    if (!m.matches() || m.group(2) == null) {
      return Optional.empty();
    }
    return refs.resolve(Arrays.asList(m.group(2).split("\\.", -1)))
        .filter(r -> r.value().mustache().equals(text));
  }

  /** A whole string that is one state path ({@code actions.x.outputs.y}), as a reference. */
  Optional<RefResolver.Resolved> path(String text) {
    return refs.resolve(Arrays.asList(text.split("\\.", -1))).filter(r -> r.value().path().equals(text));
  }

  /** A whole string that is one CEL/JavaScript path ({@code actions["x"].outputs.y}), as a reference. */
  /** The {@code Var} factory of a variable declared as a local; see {@link RefResolver#variableKind}. */
  Optional<String> variableKind(String slug) {
    return refs.variableKind(slug);
  }

  Optional<RefResolver.Resolved> bracketed(String text) {
    if (!BRACKETED.matcher(text).matches()) {
      return Optional.empty();
    }
    return refs.resolve(bracketedKeys(text)).filter(r -> r.value().cel().equals(text));
  }

  private record Piece(String literal, RefResolver.Resolved ref, boolean raw) {}

  private CodeBlock mustache(String text) {
    List<Piece> pieces = new ArrayList<>();
    Matcher m = MUSTACHE.matcher(text);
    int from = 0;
    while (m.find()) {
      boolean raw = m.group(1) != null;
      String path = raw ? m.group(1) : m.group(2);
      Optional<RefResolver.Resolved> ref = refs.resolve(Arrays.asList(path.split("\\.", -1)))
          .filter(r -> (raw ? r.value().mustacheRaw() : r.value().mustache()).equals(m.group()));
      if (ref.isPresent()) {
        pieces.add(new Piece(text.substring(from, m.start()), null, false));
        pieces.add(new Piece(null, ref.get(), raw));
        from = m.end();
      }
    }
    pieces.add(new Piece(text.substring(from), null, false));
    List<Piece> refPieces = pieces.stream().filter(p -> p.ref() != null).toList();
    if (refPieces.isEmpty()) {
      return emission.literals().string(text);
    }
    if (pieces.size() == 3 && pieces.get(0).literal().isEmpty() && pieces.get(2).literal().isEmpty()) {
      Piece only = pieces.get(1);
      return CodeBlock.of("$L.$L()", only.ref().ref(), only.raw() ? "mustacheRaw" : "mustache");
    }
    boolean allRaw = refPieces.stream().allMatch(Piece::raw);
    String method = allRaw ? "rawTemplate" : "template";
    boolean mixed = !allRaw && refPieces.stream().anyMatch(Piece::raw);
    Optional<CodeBlock> template = templateCall(pieces, text, CodeBlock.of("$T." + method, Expr.class), mixed,
        (pattern, values) -> (allRaw ? Expr.rawTemplate(pattern, values) : Expr.template(pattern, values))
            .toString());
    if (template.isPresent()) {
      emission.staticImport(ClassName.get(Expr.class), method);
      if (mixed) {
        emission.staticImport(ClassName.get(Expr.class), "raw");
      }
      return template.get();
    }
    Function<Piece, CodeBlock> refCode = p -> CodeBlock.of("$L.$L()", p.ref().ref(),
        p.raw() ? "mustacheRaw" : "mustache");
    return multiLine(text) ? formatted(pieces, refCode) : concatenation(pieces, refCode);
  }

  /**
   * The code of a CEL condition with its references typed: {@code Cel.template("… {} …", ref)}, or empty when
   * the expression holds no reference that renders back exactly.
   */
  Optional<CodeBlock> celTemplate(String text) {
    List<Piece> pieces = pieces(text, BRACKETED, TextCode::bracketedKeys, Ref::cel);
    if (pieces.size() < 2) {
      return Optional.empty();
    }
    return templateCall(pieces, text, CodeBlock.of("$T.template", Cel.class), false,
        (pattern, values) -> Cel.template(pattern, values).expression());
  }

  /**
   * {@code call("pattern with {}", refs…)} when that renders exactly {@code text}; literal {@code {}} are written
   * as {@code {{}}}. With {@code markRaw}, the raw pieces are passed as {@code raw(ref)}.
   */
  private Optional<CodeBlock> templateCall(List<Piece> pieces, String text, CodeBlock call, boolean markRaw,
      BiFunction<String, HasRef[], String> render) {
    StringBuilder pattern = new StringBuilder();
    List<CodeBlock> args = new ArrayList<>();
    List<HasRef> values = new ArrayList<>();
    for (Piece p : pieces) {
      if (p.ref() == null) {
        pattern.append(Template.escape(p.literal()));
      } else {
        pattern.append("{}");
        CodeBlock arg = p.ref().hasRef() != null ? p.ref().hasRef() : p.ref().ref();
        boolean raw = markRaw && p.raw();
        args.add(raw ? CodeBlock.of("raw($L)", arg) : arg);
        values.add(raw ? Expr.raw(p.ref().value()) : p.ref().value());
      }
    }
    try {
      if (!render.apply(pattern.toString(), values.toArray(HasRef[]::new)).equals(text)) {
        return Optional.empty();
      }
    } catch (IllegalArgumentException braces) {
      // literal braces next to a placeholder pair up differently; the caller joins the parts instead
      return Optional.empty();
    }
    args.add(0, emission.literals().string(pattern.toString()));
    return Optional.of(CodeBlock.of("$L($L)", call, Dual.arguments(args)));
  }

  private CodeBlock joined(String text, Pattern pattern, Function<String, List<String>> keys,
      Function<Ref, String> render, String method) {
    List<Piece> pieces = pieces(text, pattern, keys, render);
    if (pieces.size() < 2) {
      return emission.literals().string(text);
    }
    if (!method.equals("cel")) {
      Optional<CodeBlock> template = templateCall(pieces, text, CodeBlock.of("$T.$L", Expr.class, method + "Template"),
          false, (p, values) -> (method.equals("jq") ? Expr.jqTemplate(p, values) : Expr.jsTemplate(p, values))
              .toString());
      if (template.isPresent()) {
        return template.get();
      }
    }
    Function<Piece, CodeBlock> refCode = p -> CodeBlock.of("$L.$L()", p.ref().ref(), method);
    return multiLine(text) ? formatted(pieces, refCode) : concatenation(pieces, refCode);
  }

  /** The text split at the references it holds that render back exactly; one literal piece when there is none. */
  private List<Piece> pieces(String text, Pattern pattern, Function<String, List<String>> keys,
      Function<Ref, String> render) {
    List<Piece> pieces = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    int from = 0;
    while (m.find()) {
      List<String> path = keys.apply(m.group());
      Optional<RefResolver.Resolved> ref = path == null ? Optional.empty()
          : refs.resolve(path).filter(r -> render.apply(r.value()).equals(m.group()));
      if (ref.isPresent()) {
        pieces.add(new Piece(text.substring(from, m.start()), null, false));
        pieces.add(new Piece(null, ref.get(), false));
        from = m.end();
      }
    }
    pieces.add(new Piece(text.substring(from), null, false));
    return pieces;
  }

  private CodeBlock concatenation(List<Piece> pieces, Function<Piece, CodeBlock> refCode) {
    List<CodeBlock> parts = new ArrayList<>();
    for (Piece p : pieces) {
      if (p.ref() != null) {
        parts.add(refCode.apply(p));
      } else if (!p.literal().isEmpty()) {
        parts.add(emission.literals().string(p.literal()));
      }
    }
    return CodeBlock.join(parts, " + ");
  }

  private static boolean multiLine(String text) {
    int newline = text.indexOf('\n');
    return newline >= 0 && newline < text.length() - 1;
  }

  /** A text block with {@code %s} for each reference, filled by {@code formatted(...)}. */
  private CodeBlock formatted(List<Piece> pieces, Function<Piece, CodeBlock> refCode) {
    StringBuilder pattern = new StringBuilder();
    List<CodeBlock> args = new ArrayList<>();
    for (Piece p : pieces) {
      if (p.ref() == null) {
        pattern.append(p.literal().replace("%", "%%"));
      } else {
        pattern.append("%s");
        args.add(refCode.apply(p));
      }
    }
    return CodeBlock.of("$L.formatted($L)", emission.literals().string(pattern.toString()), Dual.arguments(args));
  }

  /** {@code .actions."x".outputs.y} → [actions, x, outputs, y]. */
  private static List<String> jqKeys(String path) {
    List<String> keys = new ArrayList<>();
    Matcher m = Pattern.compile("\\.(?:(" + KEY + ")|\"([^\"]+)\")").matcher(path);
    while (m.find()) {
      keys.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return keys;
  }

  /** {@code actions["x"].outputs.y} → [actions, x, outputs, y]. */
  private static List<String> bracketedKeys(String path) {
    List<String> keys = new ArrayList<>();
    Matcher m = Pattern.compile("^(" + KEY + ")|\\.(" + KEY + ")|\\[\"([^\"]+)\"]").matcher(path);
    while (m.find()) {
      keys.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    return keys;
  }
}
