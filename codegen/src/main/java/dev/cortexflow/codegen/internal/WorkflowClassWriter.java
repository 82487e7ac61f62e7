package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.cortexflow.codegen.JavaSource;
import dev.cortexflow.model.Workflow;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Wraps the code that builds one workflow into a {@code WorkflowSource} class. */
public final class WorkflowClassWriter {

  static final ClassName WORKFLOW_SOURCE = ClassName.get("dev.cortexflow", "WorkflowSource");

  private WorkflowClassWriter() {}

  /**
   * Writes the class.
   *
   * @param target the class to write
   * @param workflow the imported workflow, for the Javadoc
   * @param source the file (or other origin) the workflow came from
   * @param notes comment lines put before the code, such as why the lower-level API is used
   * @param body statements of {@code workflow()}, ending with a return
   */
  public static JavaSource write(ClassName target, Workflow workflow, String source, List<String> notes,
      CodeBlock body, List<List<String>> staticImports) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("workflow")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Workflow.class)
        .addJavadoc("Returns the workflow {@code $L}.\n", workflow.tag());
    notes.forEach(note -> method.addComment("$L", note));
    method.addCode(body);
    TypeSpec.Builder type = TypeSpec.classBuilder(target)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(WORKFLOW_SOURCE)
        .addJavadoc("Workflow {@code $L}: $L.\n\n<p>Imported from {@code $L}.\n", workflow.tag(),
            Javadoc.escape(workflow.name()),
            Javadoc.escape(source.substring(source.lastIndexOf('/') + 1)))
        .addMethod(method.build());
    JavaFile.Builder builder = JavaFile.builder(target.packageName(), type.build());
    staticImports.forEach(i -> builder.addStaticImport(ClassName.bestGuess(i.get(0)), i.get(1)));
    JavaFile file = builder
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    return new JavaSource(target.canonicalName(), file.toString());
  }
}
