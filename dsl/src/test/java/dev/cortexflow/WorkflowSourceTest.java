package dev.cortexflow;

import static dev.cortexflow.dsl.Blocks.jq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowSourceTest {

  static final class One implements WorkflowSource {
    @Override
    public Workflow workflow() {
      return Workflows.workflow("one", "One").global().startWith(jq("a", "A", ".")).build();
    }
  }

  static final class Neither implements WorkflowSource {}

  @Test
  void a_single_workflow_source_lists_its_workflow() {
    assertThat(new One().workflows()).extracting(Workflow::tag).containsExactly("one");
  }

  @Test
  void a_source_may_list_several_workflows() {
    WorkflowSource two = new WorkflowSource() {
      @Override
      public List<Workflow> workflows() {
        return List.of(new One().workflow(), Workflows.workflow("two", "Two").global()
            .startWith(jq("b", "B", ".")).build());
      }
    };

    assertThat(two.workflows()).extracting(Workflow::tag).containsExactly("one", "two");
  }

  @Test
  void a_source_implementing_neither_method_says_so() {
    assertThatThrownBy(() -> new Neither().workflows())
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("dev.cortexflow.WorkflowSourceTest$Neither implements neither workflow() nor workflows()");
  }
}
