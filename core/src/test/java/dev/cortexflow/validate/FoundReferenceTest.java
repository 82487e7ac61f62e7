package dev.cortexflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.validate.FoundReference.Kind;
import dev.cortexflow.validate.FoundReference.Syntax;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoundReferenceTest {

  @Test
  void a_span_may_start_at_zero_and_be_empty() {
    FoundReference r = new FoundReference(Kind.VARIABLE, "env", List.of(), Syntax.CEL_JS, 0, 0);

    assertThat(r.start()).isZero();
    assertThat(r.end()).isZero();
  }

  @Test
  void rejects_a_negative_start_and_an_end_before_the_start() {
    assertThatThrownBy(() -> new FoundReference(Kind.VARIABLE, "env", List.of(), Syntax.CEL_JS, -1, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("span [-1, 3) is not valid");
    assertThatThrownBy(() -> new FoundReference(Kind.VARIABLE, "env", List.of(), Syntax.CEL_JS, 4, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("span [4, 3) is not valid");
  }

  @Test
  void the_path_is_copied_so_the_caller_cannot_change_it() {
    List<String> path = new ArrayList<>(List.of("outputs"));
    FoundReference r = new FoundReference(Kind.ACTION, "a", path, Syntax.JQ, 0, 1);
    path.add("body");

    assertThat(r.path()).containsExactly("outputs");
    assertThat(r.statePath()).isEqualTo("actions.a.outputs");
  }

  @Test
  void prints_each_kind_as_a_state_path() {
    assertThat(new FoundReference(Kind.ACTION, "deploy", List.of("outputs", "url"), Syntax.MUSTACHE, 0, 1)
        .statePath()).isEqualTo("actions.deploy.outputs.url");
    assertThat(new FoundReference(Kind.VARIABLE, "env", List.of(), Syntax.MUSTACHE, 0, 1).statePath())
        .isEqualTo("variables.env");
    assertThat(new FoundReference(Kind.CONTEXT, "entity", List.of("tag"), Syntax.MUSTACHE, 0, 1).statePath())
        .isEqualTo("context.entity.tag");
    assertThat(new FoundReference(Kind.SECRET, "token", List.of(), Syntax.MUSTACHE, 0, 1).statePath())
        .isEqualTo("context.secrets.token");
    assertThat(new FoundReference(Kind.CALLBACK_URL, "callbackUrl", List.of(), Syntax.MUSTACHE, 0, 1)
        .statePath()).isEqualTo("callbackUrl");
  }

  @Test
  void only_context_entity_reads_the_entity() {
    assertThat(new FoundReference(Kind.CONTEXT, "entity", List.of(), Syntax.CEL_JS, 0, 1).readsEntity()).isTrue();
    assertThat(new FoundReference(Kind.CONTEXT, "initiatedBy", List.of(), Syntax.CEL_JS, 0, 1).readsEntity())
        .isFalse();
    assertThat(new FoundReference(Kind.VARIABLE, "entity", List.of(), Syntax.CEL_JS, 0, 1).readsEntity())
        .isFalse();
  }
}
