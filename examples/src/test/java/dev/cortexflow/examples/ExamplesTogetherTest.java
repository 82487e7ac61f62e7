package dev.cortexflow.examples;

import static dev.cortexflow.testing.CortexflowAssertions.assertThatWorkflows;

import dev.cortexflow.WorkflowSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples form one workspace: pushed together, none may take another's tag. */
class ExamplesTogetherTest {

  @Test
  void the_examples_are_valid_together_and_their_tags_are_distinct() {
    assertThatWorkflows(Examples.all().stream().map(WorkflowSource::workflows).flatMap(List::stream).toList())
        .areValid();
  }
}
