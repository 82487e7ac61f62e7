package dev.cortexflow.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizerTest {

  private static Block block(String slug) {
    return Block.builder().name(slug).slug(slug)
        .schema(HttpRequest.builder().url("https://example.com/" + slug).httpMethod(HttpMethod.GET).build()).build();
  }

  private static Workflow withBlocks(String... slugs) {
    Workflow w = SyncWorkflows.simple("deploy");
    return w.toBuilder().actions(Arrays.stream(slugs).map(NormalizerTest::block).toList()).build();
  }

  private static List<String> slugs(Workflow w) {
    return w.actions().stream().map(Block::slug).toList();
  }

  @Test
  void live_blocks_take_the_local_order_and_blocks_only_live_has_come_last_in_their_live_order() {
    Workflow live = withBlocks("gone", "done", "call", "extra");
    Workflow local = withBlocks("call", "new", "done");

    assertThat(slugs(Normalizer.alignBlocks(live, local))).containsExactly("call", "done", "gone", "extra");
  }

  @Test
  void aligning_keeps_everything_but_the_order_of_the_blocks() {
    Workflow live = withBlocks("done", "call");
    Workflow local = withBlocks("call", "done");

    Workflow aligned = Normalizer.alignBlocks(live, local);

    assertThat(aligned).isEqualTo(local);
  }
}
