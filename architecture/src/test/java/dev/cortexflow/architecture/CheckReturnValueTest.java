package dev.cortexflow.architecture;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.Blocks;
import dev.cortexflow.dsl.Branch;
import dev.cortexflow.dsl.CheckReturnValue;
import dev.cortexflow.dsl.WorkflowBuilder;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DSL's stages carry {@link CheckReturnValue}, so static analysers report a dropped stage. */
class CheckReturnValueTest {

  static JavaClasses classes;

  @BeforeAll
  static void import_production_classes() {
    classes = ProductionClasses.get();
  }

  @Test
  void every_stage_of_the_type_state_dsl_asks_for_its_results_to_be_used() {
    for (Class<?> stage : List.of(WorkflowBuilder.ScopeStep.class, WorkflowBuilder.RootStep.class,
        Branch.Start.class, Branch.Paths.class, Branch.WithFallback.class)) {
      assertThat(classes.get(stage).isAnnotatedWith(CheckReturnValue.class)).as(stage.getName()).isTrue();
    }
    assertThat(classes.get(WorkflowBuilder.class).getMethod("build").isAnnotatedWith(CheckReturnValue.class))
        .as("WorkflowBuilder.build()").isTrue();
  }

  @Test
  void every_method_that_starts_a_stage_asks_for_its_result_to_be_used() {
    methods().that().haveRawReturnType(annotatedWith(CheckReturnValue.class)).and().arePublic()
        .and().areDeclaredInClassesThat().arePublic()
        .should().beAnnotatedWith(CheckReturnValue.class)
        .orShould().beDeclaredInClassesThat().areAnnotatedWith(CheckReturnValue.class)
        .check(classes);
    assertThat(classes.get(Workflows.class).getMethod("workflow", String.class, String.class)
        .isAnnotatedWith(CheckReturnValue.class)).isTrue();
    assertThat(classes.get(Blocks.class).getMethod("branch", String.class, String.class)
        .isAnnotatedWith(CheckReturnValue.class)).isTrue();
  }
}
