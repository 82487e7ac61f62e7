package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.GlobalFilter;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a descriptor just under the 5 MB limit works in a JVM limited to 256 MB of heap. */
class LargeDescriptorMemoryTest {

  @Test
  void reads_a_5_mb_descriptor_with_256_mb_of_heap(@TempDir Path dir) throws Exception {
    // given
    Path file = dir.resolve("large.yaml");
    String yaml = largeDescriptor(ReadOptions.DEFAULT_MAX_BYTES);
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    assertThat(Files.size(file)).isBetween(ReadOptions.DEFAULT_MAX_BYTES - 10_000, ReadOptions.DEFAULT_MAX_BYTES);

    // when
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), ReadLargeDescriptor.class.getName(),
        file.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);

    // then
    assertThat(finished).isTrue();
    assertThat(output).as("child JVM output").startsWith("read ").contains(" blocks, 0 errors");
    assertThat(process.exitValue()).isZero();
  }

  /** A workflow of HTTP blocks with multi-line payloads, as many as fit under {@code maxBytes}. */
  static String largeDescriptor(long maxBytes) {
    long one = size(workflow(1));
    long perBlock = size(workflow(2)) - one;
    int count = (int) ((maxBytes - one) / perBlock) + 1;
    String yaml = workflow(count);
    while (size(yaml) > maxBytes) {
      yaml = workflow(--count);
    }
    return yaml;
  }

  private static String workflow(int count) {
    String payload = "{\n  \"service\": \"{{context.entity.tag}}\",\n  \"note\": \"" + "x".repeat(2000) + "\"\n}\n";
    List<Block> blocks = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      blocks.add(Block.builder().slug("call-" + n).name("Call " + n).isRootAction(n == 1)
          .schema(HttpRequest.builder().url("https://example.com/" + n).httpMethod(HttpMethod.POST)
              .putHeader("Content-Type", "application/json").payload(payload).build())
          .build());
    }
    return WorkflowYaml.write(Workflow.builder().name("Large").tag("large").filter(GlobalFilter.of())
        .actions(blocks).build());
  }

  private static long size(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Entry point of the child JVM. */
  static final class ReadLargeDescriptor {
    public static void main(String[] args) {
      ReadResult result = WorkflowReader.read(new File(args[0]).toPath());
      System.out.println("read " + result.workflow().actions().size() + " blocks, "
          + result.errors().size() + " errors; heap used " + (Runtime.getRuntime().totalMemory()
          - Runtime.getRuntime().freeMemory()) / (1024 * 1024) + " MB");
    }
  }
}
