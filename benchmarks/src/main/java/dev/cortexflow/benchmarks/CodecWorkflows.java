package dev.cortexflow.benchmarks;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.model.input.TextInput;
import java.util.ArrayList;
import java.util.List;

/** Realistic chains for the codec benchmark: HTTP calls with JSON payloads, JQ, forms, variables and Slack. */
final class CodecWorkflows {
  private CodecWorkflows() {}

  static Workflow chain(String tag, int size) {
    List<Block> blocks = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String slug = "step-" + i;
      blocks.add(Block.builder().slug(slug).name("Step " + i).schema(schema(i))
          .outgoingActions(i + 1 < size ? List.of("step-" + (i + 1)) : List.of()).isRootAction(i == 0).build());
    }
    return Workflow.builder().name("Benchmark " + tag).tag(tag).description("A chain of " + size + " blocks")
        .filter(GlobalFilter.of())
        .addVariable(Variable.builder().slug("env").type(VariableType.STRING).defaultValue(JsonValue.of("dev"))
            .build())
        .runResponseTemplate("# Done\n\nDeployed to {{variables.env}}.\n")
        .actions(blocks).isRunnableViaApi(true).build();
  }

  private static BlockSchema schema(int i) {
    return switch (i % 5) {
      case 0 -> HttpRequest.builder().url("https://api.example.com/services/{{variables.env}}/" + i)
          .httpMethod(HttpMethod.POST).putHeader("Authorization", "Bearer {{context.secrets.token}}")
          .putHeader("Content-Type", "application/json")
          .payload("{\n  \"service\": \"{{context.entity.tag}}\",\n  \"step\": " + i + "\n}\n").build();
      case 1 -> Jq.of(".actions.\"step-" + (i - 1) + "\".outputs.body | {id: .id, status: .status}");
      case 2 -> UserInput.builder()
          .addInput(TextInput.builder().key("reason").name("Reason").required(true).build())
          .addInput(SelectInput.builder().key("env").name("Environment").addOptions("dev", "staging", "prod")
              .build())
          .build();
      case 3 -> SetVariables.builder().addVariable(VariableAssignment.of("env",
          VariableSource.reference("actions.step-" + (i - 1) + ".outputs.env"))).build();
      default -> Slack.builder().channel("deploys").message("Step " + i + " done for {{variables.env}}: yes")
          .build();
    };
  }
}
