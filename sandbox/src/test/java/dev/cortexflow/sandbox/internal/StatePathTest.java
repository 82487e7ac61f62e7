package dev.cortexflow.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatePathTest {
  @Test
  void parses_dotted_bracketed_and_quoted_segments() {
    assertThat(StatePath.parse("actions.parse-repo.outputs.result")).contains(
        List.of("actions", "parse-repo", "outputs", "result"));
    assertThat(StatePath.parse(".actions.\"get-x\".outputs.body")).contains(List.of("actions", "get-x", "outputs", "body"));
    assertThat(StatePath.parse("actions[\"user-input\"].outputs['a b']")).contains(
        List.of("actions", "user-input", "outputs", "a b"));
    assertThat(StatePath.parse(".")).contains(List.of());
  }

  @Test
  void refuses_what_is_no_path() {
    assertThat(StatePath.parse("a | b")).isEmpty();
    assertThat(StatePath.parse("a.")).isEmpty();
    assertThat(StatePath.parse("a[1]")).isEmpty();
    assertThat(StatePath.parse("f(x)")).isEmpty();
  }
}
