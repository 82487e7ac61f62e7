package dev.cortexflow.dsl;

import static dev.cortexflow.dsl.Blocks.branch;
import static dev.cortexflow.dsl.Blocks.jq;
import static dev.cortexflow.dsl.Blocks.passThrough;
import static dev.cortexflow.dsl.Blocks.slack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.Workflows;
import dev.cortexflow.expr.Cel;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.ConditionalBranch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockFieldsTest {

  @Test
  void custom_block_fields_land_on_the_block_beside_its_schema_for_root_next_path_and_join_blocks() {
    // when
    Workflow wf = Workflows.workflow("fields", "Fields").global()
        .startWith(jq("first", "First", ".").customBlockField("description", "Root"), first -> first
            .then(slack("tell", "Tell", "ops", "hi").customBlockField("position", Map.of("x", 1, "y", 2)))
            .then(branch("route", "Route").customBlockField("collapsed", true)
                .when("yes", "Yes", Cel.raw("true"),
                    p -> p.then(passThrough("in-path", "In path").customBlockField("note", "p")))
                .joinAt(passThrough("join", "Join").customBlockField("note", "j"))))
        .build();

    // then
    assertThat(wf.block("first").orElseThrow().extensions()).containsExactly(
        Map.entry("description", JsonValue.of("Root")));
    assertThat(wf.block("tell").orElseThrow().extensions()).containsExactly(
        Map.entry("position", JsonValue.object("x", 1, "y", 2)));
    assertThat(wf.block("route").orElseThrow().extensions()).containsExactly(
        Map.entry("collapsed", JsonValue.of(true)));
    assertThat(wf.block("in-path").orElseThrow().extensions()).containsEntry("note", JsonValue.of("p"));
    assertThat(wf.block("join").orElseThrow().extensions()).containsEntry("note", JsonValue.of("j"));
    assertThat(wf.block("tell").orElseThrow().schema().extensions()).isEmpty();
  }

  @Test
  void rejects_block_fields_the_dsl_sets_and_a_field_set_twice() {
    assertThatThrownBy(() -> jq("a", "A", ".").customBlockField("outgoingActions", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block field 'outgoingActions' of block 'a' is set by the DSL: use a key of your own");
    assertThatThrownBy(() -> jq("a", "A", ".").customBlockField("x", 1).customBlockField("x", 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("block field 'x' of block 'a' is already set");
    assertThatThrownBy(() -> branch("b", "B").customBlockField("schema", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block field 'schema' of branch 'b' is set by the DSL: use a key of your own");
  }

  @Test
  void branch_items_can_be_written_without_their_type_key() {
    // given
    Var<Boolean> go = Var.bool("go");

    // when
    Workflow wf = Workflows.workflow("untyped", "Untyped").global()
        .startWith(branch("route", "Route").withoutItemTypes()
            .when("yes", "Yes", Cel.isTrue(go), p -> p.then(passThrough("a", "A")))
            .otherwise("no", "No", p -> p.then(passThrough("b", "B")))
            .withoutJoin())
        .variables(go)
        .build();

    // then
    ConditionalBranch schema = (ConditionalBranch) wf.block("route").orElseThrow().schema();
    assertThat(schema.branches().get(0).type()).isEmpty();
    assertThat(schema.branches().get(0).expression()).isEqualTo("variables.go == true");
    assertThat(schema.fallbackBranch().orElseThrow().type()).isEmpty();
  }
}
