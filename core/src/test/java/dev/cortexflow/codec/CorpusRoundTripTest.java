package dev.cortexflow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.codec.testkit.DescriptorSemantics;
import dev.cortexflow.codec.testkit.OpenApiCheck;
import dev.cortexflow.codec.testkit.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every real descriptor in the shared corpus reads cleanly and writes back semantically equal and schema-valid. */
class CorpusRoundTripTest {

  @TestFactory
  Stream<DynamicTest> every_corpus_descriptor_round_trips() {
    OpenApiCheck openApi = OpenApiCheck.load(SharedFiles.openApi());
    return SharedFiles.corpus().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> roundTrip(file, openApi)));
  }

  private static void roundTrip(Path file, OpenApiCheck openApi) throws IOException {
    // given
    String original = Files.readString(file);

    // when
    ReadResult read = WorkflowReader.read(file);
    Workflow workflow = read.workflow();
    String written = WorkflowYaml.write(workflow);
    Workflow reread = WorkflowYaml.read(written).workflow();

    // then
    assertThat(read.errors()).as("read-time errors").isEmpty();
    assertThat(DescriptorSemantics.differences(original, written)).as("semantic differences").isEmpty();
    assertThat(reread).as("read(write(read(y)))").isEqualTo(workflow);
    assertThat(WorkflowYaml.write(reread)).as("write is stable").isEqualTo(written);
    assertThat(openApi.errors(written)).as("OpenAPI errors in the written descriptor").isEmpty();
    String json = WorkflowJson.write(workflow);
    assertThat(WorkflowJson.read(json).workflow()).isEqualTo(workflow);
    assertThat(DescriptorSemantics.differences(original, json)).as("semantic differences of JSON").isEmpty();
  }
}
