package dev.cortexflow.dsl;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.cortexflow.Workflows;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;

/** Proves the compile-time guarantees of the builder: each broken flow is rejected by javac with a known error. */
class TypeStateCompileTest {

  private static File locationOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Compilation compile(String body) {
    String source = """
        import static dev.cortexflow.dsl.Blocks.*;
        import dev.cortexflow.Workflows;
        import dev.cortexflow.expr.Cel;
        import dev.cortexflow.expr.Var;
        import dev.cortexflow.model.Workflow;

        class Flow {
          Workflow build() {
            %s
          }
        }
        """.formatted(body);
    return javac()
        .withClasspath(List.of(locationOf(Workflows.class), locationOf(dev.cortexflow.model.Workflow.class),
            locationOf(Value.class)))
        .compile(JavaFileObjects.forSourceString("Flow", source));
  }

  @Test
  void a_complete_workflow_compiles() {
    Compilation compilation = compile("""
        return Workflows.workflow("w", "W").global()
            .startWith(jq("a", "A", "."), a -> a
                .then(branch("b", "B").when("p", "P", Cel.raw("true"), p -> p.then(jq("c", "C", ".")))
                    .joinAt(jq("d", "D", ".")))
                .then(jq("e", "E", ".")))
            .build();
        """);

    assertThat(compilation).succeeded();
  }

  @Test
  void a_workflow_without_root_block_does_not_compile() {
    Compilation compilation = compile("""
        return Workflows.workflow("w", "W").global().build();
        """);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation).hadErrorContaining("method build()");
  }

  @Test
  void a_workflow_without_scope_does_not_compile() {
    Compilation compilation = compile("""
        return Workflows.workflow("w", "W").startWith(jq("a", "A", ".")).build();
        """);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation).hadErrorContaining("method startWith(dev.cortexflow.dsl.JqBlock)");
  }

  @Test
  void an_edge_to_a_string_slug_does_not_compile() {
    Compilation compilation = compile("""
        return Workflows.workflow("w", "W").global()
            .startWith(jq("a", "A", "."), a -> a.then("notify"))
            .build();
        """);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("no suitable method found for then(java.lang.String)");
  }

  @Test
  void a_branch_that_is_not_closed_cannot_be_added_to_the_flow() {
    Compilation compilation = compile("""
        return Workflows.workflow("w", "W").global()
            .startWith(jq("a", "A", "."), a -> a
                .then(branch("b", "B").when("p", "P", Cel.raw("true"), p -> p.then(jq("c", "C", ".")))))
            .build();
        """);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("no suitable method found for then(dev.cortexflow.dsl.Branch.Paths)");
  }

  @Test
  void the_flow_cannot_go_on_after_a_branch_without_join() {
    Compilation compilation = compile("""
        return Workflows.workflow("w", "W").global()
            .startWith(jq("a", "A", "."), a -> a
                .then(branch("b", "B").when("p", "P", Cel.raw("true"), p -> p.then(jq("c", "C", "."))).withoutJoin())
                .then(jq("d", "D", ".")))
            .build();
        """);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("void cannot be dereferenced");
  }

  @Test
  void a_branch_without_conditional_path_cannot_be_closed() {
    Compilation compilation = compile("""
        return Workflows.workflow("w", "W").global()
            .startWith(branch("b", "B").joinAt(jq("d", "D", ".")), d -> { })
            .build();
        """);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("method joinAt(dev.cortexflow.dsl.JqBlock)");
  }

  private static Compilation compileCondition(String condition) {
    return compile("""
        Var<String> env = Var.string("env");
        Var<Number> count = Var.number("count");
        Var<Boolean> ready = Var.bool("ready");
        var condition = %s;
        return null;
        """.formatted(condition));
  }

  @Test
  void conditions_compare_a_variable_with_values_and_variables_of_its_type() {
    assertThat(compileCondition("Cel.and(Cel.eq(env, \"prod\"), Cel.ge(count, 3), Cel.le(count, 2.5),"
        + " Cel.isTrue(ready), Cel.ne(env, env), Cel.eq(count, 1), Cel.gt(Var.number(\"n\").ref(), 1))"))
        .succeeded();
  }

  @Test
  void a_string_variable_compared_with_a_number_does_not_compile() {
    Compilation compilation = compileCondition("Cel.eq(env, 5)");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("no suitable method found for eq(dev.cortexflow.expr.Var<java.lang.String>,int)");
  }

  @Test
  void ordering_a_string_variable_does_not_compile() {
    Compilation compilation = compileCondition("Cel.gt(env, 1)");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("no suitable method found for gt(dev.cortexflow.expr.Var<java.lang.String>,int)");
  }

  @Test
  void a_boolean_test_of_a_number_variable_does_not_compile() {
    Compilation compilation = compileCondition("Cel.isTrue(count)");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("no suitable method found for isTrue(dev.cortexflow.expr.Var<java.lang.Number>)");
  }
}
