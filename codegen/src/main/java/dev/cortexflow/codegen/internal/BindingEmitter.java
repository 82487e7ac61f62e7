package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.cortexflow.codegen.JavaSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes the binding class of one catalogued action with JavaPoet. */
public final class BindingEmitter {

  /** The generator name written into headers and {@code @Generated}. */
  public static final String GENERATOR = "cortex-workflows-codegen";

  /** Base package of the bindings; one sub-package per namespace. */
  public static final String BASE_PACKAGE = "dev.cortexflow.integrations";

  static final ClassName GENERATED = ClassName.get(BASE_PACKAGE, "Generated");
  static final ClassName SCHEMA = ClassName.get("dev.cortexflow.model.block", "AdvancedHttpRequest");
  static final ClassName JSON = ClassName.get("dev.cortexflow.model", "JsonValue");
  static final ClassName HAS_REF = ClassName.get("dev.cortexflow.expr", "HasRef");
  static final ClassName REF = ClassName.get("dev.cortexflow.expr", "Ref");
  static final ClassName BLOCK_REF = ClassName.get("dev.cortexflow.dsl", "BlockRef");

  /** Members every binding has, which input setters must not take. */
  private static final List<String> FIXED_MEMBERS =
      List.of("ACTION_IDENTIFIER", "builder", "integrationAlias", "customInput", "build", "input", "inputs",
          "outputs", "Outputs");

  /** Members of every {@code Outputs} class, which output accessors must not take. */
  private static final List<String> OUTPUT_MEMBERS =
      List.of("block", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone",
          "finalize");

  private final Catalogue catalogue;

  /** Creates an emitter for the actions of a catalogue. */
  public BindingEmitter(Catalogue catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /** The class a catalogued action's binding is generated as. */
  public static ClassName bindingClass(CatalogueAction action) {
    return ClassName.get(BASE_PACKAGE + "." + action.namespace().toLowerCase(java.util.Locale.ROOT),
        Naming.upperCamel(action.operation()));
  }

  /** The setter name of each input of an action, by input key, in catalogue order. */
  public static Map<String, String> setterNames(CatalogueAction action) {
    Naming naming = new Naming(FIXED_MEMBERS);
    Map<String, String> names = new LinkedHashMap<>();
    for (CatalogueInput input : action.inputs()) {
      names.put(input.key(), naming.allocate(Naming.lowerCamel(input.key()), input.key()));
    }
    return names;
  }

  /** The accessor name of each output of an action, by output key, in catalogue order. */
  public static Map<String, String> outputNames(CatalogueAction action) {
    Naming naming = new Naming(OUTPUT_MEMBERS);
    Map<String, String> names = new LinkedHashMap<>();
    action.outputs().keySet().forEach(key -> names.put(key, naming.allocate(Naming.lowerCamel(key), key)));
    return names;
  }

  /** Emits the binding of one action. */
  public JavaSource emit(CatalogueAction action) {
    ClassName self = bindingClass(action);
    Map<String, String> setters = setterNames(action);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", classJavadoc(action, self, setters))
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("from", "$S", catalogue.source())
            .addMember("generator", "$S", GENERATOR)
            .build())
        .addField(FieldSpec.builder(String.class, "ACTION_IDENTIFIER", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The {@code actionIdentifier} this binding sets.\n")
            .initializer("$S", action.identifier())
            .build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                JSON), "inputs", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LinkedHashMap.class)
            .build())
        .addField(String.class, "integrationAlias", Modifier.PRIVATE)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addJavadoc("Returns a new builder with no inputs set.\n")
            .addStatement("return new $T()", self)
            .build());
    for (CatalogueInput input : action.inputs()) {
      new InputSetters(self, input, setters.get(input.key())).addTo(type);
    }
    type.addMethod(integrationAlias(self, action.identifier()))
        .addMethod(customInput(self, TypeName.get(CharSequence.class),
            "the value: text, which may contain Mustache tags, or a DSL template",
            CodeBlock.of("$T.of(value.toString())", JSON)))
        .addMethod(customInput(self, HAS_REF, "a reference, written as its Mustache tag {@code {{path}}}",
            CodeBlock.of("$T.of(value.ref().mustache())", JSON)))
        .addMethod(customInput(self, JSON, "the value, any JSON", CodeBlock.of("value")))
        .addMethod(build(action, setters))
        .addMethod(MethodSpec.methodBuilder("input")
            .addModifiers(Modifier.PRIVATE)
            .returns(self)
            .addParameter(String.class, "key")
            .addParameter(JSON, "value")
            .beginControlFlow("if (inputs.putIfAbsent(key, value) != null)")
            .addStatement("throw new $T($S + key + $S)", IllegalStateException.class, "input '",
                "' of action '" + action.identifier() + "' is already set: set each input once")
            .endControlFlow()
            .addStatement("return this")
            .build());
    if (!action.outputs().isEmpty()) {
      addOutputs(type, self, action);
    }
    JavaFile file = JavaFile.builder(self.packageName(), type.build())
        .addFileComment("Generated by $L from $L (catalogue version $L). Do not edit.", GENERATOR,
            catalogue.source(), catalogue.version())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    return new JavaSource(self.canonicalName(), file.toString());
  }

  /** Emits the {@code package-info.java} of a namespace's package. */
  public JavaSource emitPackageInfo(String namespace) {
    String pkg = BASE_PACKAGE + "." + namespace.toLowerCase(java.util.Locale.ROOT);
    String description = catalogue.namespaceDescriptions().get(namespace);
    String text = "// Generated by " + GENERATOR + " from " + catalogue.source() + " (catalogue version "
        + catalogue.version() + "). Do not edit.\n"
        + "/**\n * Typed bindings: " + description + " ({@code " + namespace + ".*} action identifiers).\n"
        + " *\n * <p>Generated from the catalogue; see {@link dev.cortexflow.integrations}.\n */\n"
        + "package " + pkg + ";\n";
    return new JavaSource(pkg + ".package-info", text);
  }

  private static String classJavadoc(CatalogueAction action, ClassName self, Map<String, String> setters) {
    StringBuilder example = new StringBuilder("AdvancedHttpRequest schema = " + self.simpleName() + ".builder()\n");
    List<CatalogueInput> shown = action.requiredInputs().isEmpty() ? action.inputs().stream().limit(2).toList()
        : action.requiredInputs();
    shown.forEach(input -> example.append("    .")
        .append(setters.get(input.key())).append('(').append(exampleValue(input)).append(")\n"));
    example.append("    .build();\n");
    return "Binding for the {@code " + action.identifier() + "} integration action: "
        + Javadoc.escape(action.description()) + ".\n\n"
        + "<p>Builds the {@code schema} of an {@code ADVANCED_HTTP_REQUEST} block with\n{@code actionIdentifier: "
        + action.identifier() + "}. Each setter sets one key of {@code inputs};\n{@code customInput(key, value)} sets"
        + " keys the catalogue does not list.\n\n"
        + "<pre>{@code\n" + example + "}</pre>\n\n"
        + required(action)
        + outputs(action)
        + "<p>A builder is single-use and not thread-safe; setting an input twice throws\n"
        + "{@link IllegalStateException}. The built value is immutable.\n";
  }

  private static String required(CatalogueAction action) {
    if (action.requiredInputs().isEmpty()) {
      return "<p>The catalogue marks no input as required.\n\n";
    }
    return "<p>Required inputs: " + keys(action.requiredInputs()) + "; {@link #build()} throws\n"
        + "{@link IllegalStateException} naming the first one missing.\n\n";
  }

  private static String outputs(CatalogueAction action) {
    if (action.outputs().isEmpty()) {
      return "";
    }
    return "<p>Outputs: read them with {@link #outputs(" + BLOCK_REF.simpleName() + ")}.\n\n";
  }

  private static String keys(List<CatalogueInput> inputs) {
    return String.join(", ", inputs.stream().map(i -> "{@code " + i.key() + "}").toList());
  }

  private static void addOutputs(TypeSpec.Builder type, ClassName self, CatalogueAction action) {
    ClassName outputs = self.nestedClass("Outputs");
    TypeSpec.Builder nested = TypeSpec.classBuilder(outputs)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The known outputs of a {@code $L} block, each a reference to\n"
            + "{@code actions.<slug>.outputs.<key>}.\n", action.identifier())
        .addField(BLOCK_REF, "block", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addParameter(BLOCK_REF, "block")
            .addStatement("this.block = block")
            .build());
    outputNames(action).forEach((key, name) -> nested.addMethod(MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(REF)
        .addJavadoc("$L: renders {@code actions.<slug>.outputs.$L}.\n\n@return the reference\n",
            Javadoc.escape(action.outputs().get(key)), key)
        .addStatement("return block.output($S)", key)
        .build()));
    type.addType(nested.build())
        .addMethod(MethodSpec.methodBuilder("outputs")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(outputs)
            .addParameter(BLOCK_REF, "block")
            .addJavadoc("The outputs of a block whose schema this binding built ({@code actions.<slug>.outputs}).\n\n"
                + "@param block the handle {@code then(...)} returned for the block\n@return its outputs\n")
            .addStatement("$T.requireNonNull(block, $S)", Objects.class, "block")
            .addStatement("return new $T(block)", outputs)
            .build());
  }

  private static String exampleValue(CatalogueInput input) {
    return switch (input.type()) {
      case BOOLEAN -> "true";
      case INTEGER -> "1";
      case ENUM -> Naming.upperCamel(input.key()) + "." + input.values().get(0);
      case STRING -> "\"{{variables." + input.key().replace('_', '-') + "}}\"";
    };
  }

  private static MethodSpec integrationAlias(ClassName self, String identifier) {
    return MethodSpec.methodBuilder("integrationAlias")
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addParameter(String.class, "integrationAlias")
        .addJavadoc("Sets the integration configuration to use ({@code integrationAlias}); when not set, the"
            + " default configuration is used.\n\n"
            + "<p>Cortex rejects a templated alias: give the literal alias.\n\n"
            + "@param integrationAlias the alias of a configured integration\n@return this builder\n"
            + "@throws IllegalStateException when the alias is already set\n")
        .addStatement("$T.requireNonNull(integrationAlias, $S)", Objects.class, "integrationAlias")
        .beginControlFlow("if (this.integrationAlias != null)")
        .addStatement("throw new $T($S)", IllegalStateException.class,
            "integrationAlias of action '" + identifier + "' is already set: set it once")
        .endControlFlow()
        .addStatement("this.integrationAlias = integrationAlias")
        .addStatement("return this")
        .build();
  }

  private static MethodSpec customInput(ClassName self, TypeName valueType, String valueDoc, CodeBlock value) {
    return MethodSpec.methodBuilder("customInput")
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addParameter(String.class, "key")
        .addParameter(valueType, "value")
        .addJavadoc("Sets an input the catalogue does not list ({@code inputs.<key>}).\n\n"
            + "@param key the input key, as Cortex spells it\n@param value " + valueDoc + "\n@return this builder\n"
            + "@throws IllegalStateException when the input is already set\n")
        .addStatement("$T.requireNonNull(key, $S)", Objects.class, "key")
        .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
        .addStatement("return input(key, $L)", value)
        .build();
  }

  private static MethodSpec build(CatalogueAction action, Map<String, String> setters) {
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(SCHEMA)
        .addJavadoc("Returns the block schema: {@code type: ADVANCED_HTTP_REQUEST}, {@code actionIdentifier: "
            + action.identifier() + "}, the inputs set so far and the alias, if set.\n"
            + (action.requiredInputs().isEmpty() ? ""
                : "\n@throws IllegalStateException when a required input (" + keys(action.requiredInputs())
                    + ") is not set\n"));
    for (CatalogueInput input : action.requiredInputs()) {
      build.beginControlFlow("if (!inputs.containsKey($S))", input.key())
          .addStatement("throw new $T($S)", IllegalStateException.class, "input '" + input.key() + "' of action '"
              + action.identifier() + "' is required: set it with " + setters.get(input.key()) + "(...) before"
              + " build()")
          .endControlFlow();
    }
    return build
        .addStatement("return $T.builder()\n.actionIdentifier(ACTION_IDENTIFIER)\n.putAllInputs(inputs)\n"
            + ".integrationAlias($T.ofNullable(integrationAlias))\n.build()", SCHEMA, Optional.class)
        .build();
  }
}
