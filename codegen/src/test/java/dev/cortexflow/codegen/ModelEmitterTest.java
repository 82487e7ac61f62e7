package dev.cortexflow.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import dev.cortexflow.codegen.internal.Literals;
import dev.cortexflow.codegen.internal.ModelEmitter;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.VariableSource;
import dev.cortexflow.model.input.InputOverride;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelEmitterTest {

  @Test
  void rebuilds_a_workflow_with_every_block_type_exactly() throws Exception {
    // given
    Workflow original = ModelFixtures.everything();
    Literals literals = new Literals();

    // when
    CodeBlock code = new ModelEmitter(literals).modelValue(original);

    // then
    assertThat(Probe.evaluate(code, literals)).isEqualTo(original);
  }

  @Test
  void prefers_checked_factories_over_builders() {
    // given
    ModelEmitter emitter = new ModelEmitter(new Literals());

    // then
    assertThat(emitter.modelValue(Jq.of(".")).toString()).isEqualTo("dev.cortexflow.model.block.Jq.of(\".\")");
    assertThat(emitter.modelValue(GlobalFilter.of()).toString()).isEqualTo("dev.cortexflow.model.GlobalFilter.of()");
    assertThat(emitter.modelValue(Variable.of("repo", VariableType.STRING)).toString())
        .isEqualTo("dev.cortexflow.model.Variable.of(\"repo\", dev.cortexflow.model.VariableType.STRING)");
    assertThat(emitter.modelValue(VariableSource.reference("variables.x")).toString())
        .isEqualTo("dev.cortexflow.model.block.VariableSource.reference(\"variables.x\")");
    assertThat(emitter.modelValue(InputOverride.value("k", "variables.x", false)).toString())
        .isEqualTo("dev.cortexflow.model.input.InputOverride.value(\"k\", \"variables.x\", false)");
    assertThat(emitter.modelValue(InputOverride.options("k", "variables.x")).toString())
        .isEqualTo("dev.cortexflow.model.input.InputOverride.options(\"k\", \"variables.x\")");
  }

  @Test
  void writes_multi_line_text_as_text_blocks_that_keep_every_character() throws Exception {
    // given
    List<String> texts = List.of(
        "line one\nline two\n",
        "  indented\n    more\n  end",
        "trailing  \n\t tab\t\nlast ",
        "quotes \"\"\" and \"\"\"\" here\nback\\slash \\u0041\n\"",
        "\n\nblank lines\n\n",
        "   \nonly blanks above\n");
    Literals literals = new Literals();
    List<CodeBlock> literalCodes = texts.stream().map(literals::string).toList();

    // when
    Object values = Probe.evaluate(CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(literalCodes, ",\n")),
        literals);

    // then
    assertThat(literalCodes).allSatisfy(code -> assertThat(code.toString()).startsWith("\"\"\"\n"));
    assertThat(values).isEqualTo(texts);
  }
}
