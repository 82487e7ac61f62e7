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
        import dev.cortexflow.model.Workflow;

        class Flow {
          Workflow build() {
            %s
          }
        }
        """.formatted(body);
    return javac()
        .withClasspath(List.of(locationOf(Workflows.class), locationOf(Value.class)))
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
}
