package dev.cortexflow.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.cortexflow.codegen.internal.Literals;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Compiles one emitted expression in a throw-away class and returns its value. */
final class Probe {

  private Probe() {}

  static Object evaluate(CodeBlock expression, Literals literals) throws Exception {
    TypeSpec.Builder type = TypeSpec.classBuilder("Probe").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Object.class).addStatement("return $L", expression).build());
    String text = JavaFile.builder("probe", type.build()).indent("  ").build().toString();
    ClassLoader loader = InMemoryCompiler.compile(List.of(new JavaSource("probe.Probe", text)));
    return loader.loadClass("probe.Probe").getMethod("value").invoke(null);
  }
}
