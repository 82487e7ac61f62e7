package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** The setter methods (and enum type, for enum inputs) of one catalogued input of a binding. */
final class InputSetters {

  private final ClassName binding;
  private final CatalogueInput input;
  private final String name;

  InputSetters(ClassName binding, CatalogueInput input, String name) {
    this.binding = binding;
    this.input = input;
    this.name = name;
  }

  /** The nested enum's name for an enum input. */
  static String enumName(ClassName binding, CatalogueInput input) {
    String name = Naming.upperCamel(input.key());
    return name.equals(binding.simpleName()) ? name + "Value" : name;
  }

  void addTo(TypeSpec.Builder type) {
    switch (input.type()) {
      case STRING -> type.addMethod(setter(TypeName.get(CharSequence.class), true,
          "the value: text, which may contain Mustache tags such as {@code {{variables.name}}}, or a DSL"
              + " template",
          CodeBlock.of("$T.of($L.toString())", BindingEmitter.JSON, name)))
          .addMethod(setter(BindingEmitter.HAS_REF, true,
              "a reference, such as a block output or a variable; written as its Mustache tag {@code {{path}}}",
              CodeBlock.of("$T.of($L.ref().mustache())", BindingEmitter.JSON, name)));
      case BOOLEAN -> type.addMethod(setter(TypeName.BOOLEAN, false, "the value",
              CodeBlock.of("$T.of($L)", BindingEmitter.JSON, name)))
          .addMethod(templateSetter("true or false"));
      case INTEGER -> type.addMethod(setter(TypeName.LONG, false, "the value",
              CodeBlock.of("$T.of($L)", BindingEmitter.JSON, name)))
          .addMethod(templateSetter("an integer"));
      case ENUM -> {
        ClassName enumType = binding.nestedClass(enumName(binding, input));
        TypeSpec.Builder constants = TypeSpec.enumBuilder(enumType)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The known values of input {@code $L}.\n", input.key());
        input.values().forEach(value -> constants.addEnumConstant(value,
            TypeSpec.anonymousClassBuilder("").addJavadoc("Input value {@code $L}.\n", value).build()));
        type.addType(constants.build())
            .addMethod(setter(enumType, true, "the value",
                CodeBlock.of("$T.of($L.name())", BindingEmitter.JSON, name)))
            .addMethod(templateSetter("one of " + String.join(", ", input.values()) + ", or a value Cortex added"
                + " later"));
      }
    }
  }

  private MethodSpec setter(TypeName type, boolean checkNull, String valueDoc, CodeBlock value) {
    MethodSpec.Builder method = start(type, valueDoc);
    if (checkNull) {
      method.addStatement("$T.requireNonNull($L, $S)", Objects.class, name, name);
    }
    return method.addStatement("return input($S, $L)", input.key(), value).build();
  }

  private MethodSpec templateSetter(String rendersTo) {
    return start(TypeName.get(CharSequence.class), "text that renders to " + rendersTo
            + ", such as the Mustache tag {@code {{variables.name}}} or a DSL template; sent as a JSON string")
        .addStatement("$T.requireNonNull($L, $S)", Objects.class, name, name)
        .addStatement("return input($S, $T.of($L.toString()))", input.key(), BindingEmitter.JSON, name)
        .build();
  }

  private MethodSpec.Builder start(TypeName type, String valueDoc) {
    String summary = input.description().map(d -> ": " + Javadoc.escape(d)).orElse("");
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(binding)
        .addParameter(type, name)
        .addJavadoc("Sets input {@code $L} ({@code inputs.$L})$L.\n\n", input.key(), input.key(), summary)
        .addJavadoc("@param $L $L\n@return this builder\n", name, valueDoc)
        .addJavadoc("@throws IllegalStateException when the input is already set\n");
  }
}
